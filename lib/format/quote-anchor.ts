import { normaliseForMatch } from "../text/normalise-text";

/** Stable fragment id for a quoted passage on its source page, e.g. `q-3f9a1c2b`. */
export function quoteAnchorId(quote: string): string {
  // FNV-1a: tiny, deterministic and the same on server and client; collisions are harmless here.
  let hash = 0x811c9dc5;
  for (const char of normaliseForMatch(quote)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(16).padStart(8, "0")}`;
}

/** Link to a passage inside its source article. */
export function sourceHref(articleId: string, quote: string): string {
  return `/sources/${articleId}#${quoteAnchorId(quote)}`;
}
