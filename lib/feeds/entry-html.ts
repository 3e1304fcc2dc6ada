import { escapeHtml } from "../format/escape-html";
import type { FeedEntry } from "./feed-model";

/**
 * An entry's body as HTML, the form both feed formats carry: every piece of record text escaped, so a
 * quote holding `<script>` reads as text in any feed reader.
 */
export function entryHtml(entry: FeedEntry): string {
  const parts = [];
  if (entry.quotation) parts.push(`<blockquote>“${escapeHtml(entry.quotation)}”</blockquote>`);
  parts.push(`<p>${escapeHtml(entry.summary)}</p>`);
  if (entry.sources.length > 0) parts.push(`<ul>${entry.sources.map((source) => `<li>${escapeHtml(source)}</li>`).join("")}</ul>`);
  return parts.join("");
}

/** The feed's subtitle: what it holds, then what it ignored or corrected (as the page's notices say). */
export function feedSubtitle(subtitle: string, notices: readonly string[]): string {
  return notices.length > 0 ? `${subtitle} Note: ${notices.join(" ")}` : subtitle;
}
