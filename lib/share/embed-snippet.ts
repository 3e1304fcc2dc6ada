/** Heights that show an embed's content without an inner scroll bar at common widths, or a sensible part of it. */
export const EMBED_HEIGHTS = { timeline: 640, event: 480, figures: 560 } as const;

/** The embed of a full page: `/timeline?actor=qatar` → `/embed/timeline?actor=qatar`, `/events/x` → `/embed/events/x`. */
export function embedPathOf(pagePath: string): string {
  return `/embed${pagePath}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export type EmbedSnippetInput = {
  /** Absolute address of the embed (an origin is prefixed where the page knows it). */
  src: string;
  /** Names the frame for screen readers. */
  title: string;
  height: number;
};

/** The `<iframe>` HTML a reader copies into their own page: full width, fixed height, titled, lazy. */
export function embedSnippet({ src, title, height }: EmbedSnippetInput): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:1px solid #dedad2;max-width:100%" loading="lazy"></iframe>`;
}
