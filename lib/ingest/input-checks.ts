/** Largest article ingest accepts: news articles are tens of kilobytes; a megabyte is a wrong file. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Why the bytes are not a plain-text article, or the text when they are. */
export type InputCheck = { ok: true; text: string } | { ok: false; reason: string };

const HTML = /<(?:!doctype\s+html|html|head|body|div|p|span|article|script|style|meta|a\s+href|br\s*\/?)\b[^>]*>/i;

/**
 * Checks an input file before anything is extracted: not empty, not over MAX_ARTICLE_BYTES, UTF-8 (a
 * byte-order mark is kept, since the body is stored byte for byte), no binary control characters, and
 * plain text rather than HTML (a saved web page must be reduced to its text first).
 */
export function checkArticleBytes(bytes: Uint8Array): InputCheck {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an article must be at most 1 MB of plain text` };
  }
  if (bytes.includes(0)) return { ok: false, reason: "the file is binary (it contains NUL bytes), not plain text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "the file is not valid UTF-8 text (save it as UTF-8 and try again)" };
  }
  // Tab, line feed and carriage return are text; other C0 controls mean a binary or corrupted file.
  if (/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return { ok: false, reason: "the file contains control characters: it looks binary, not plain text" };
  if (text.trim() === "") return { ok: false, reason: "the file holds only white space" };
  if (HTML.test(text)) return { ok: false, reason: "the file looks like HTML; ingest takes the article's plain text (copy the text, not the page source)" };
  return { ok: true, text };
}
