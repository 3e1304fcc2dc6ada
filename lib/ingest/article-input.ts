import { readFileSync, statSync } from "node:fs";
import { checkArticleBytes, MAX_ARTICLE_BYTES } from "./input-checks";

/** Reads an article file for ingest: the text, or a message saying why it cannot be used. */
export function readArticleInput(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: `${file} is a folder, not an article file` };
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? `${file} does not exist` : `${file} cannot be read (${code ?? "unknown error"})` };
  }
  // Refused before reading, so a wrong multi-gigabyte file is never loaded.
  if (size > MAX_ARTICLE_BYTES) return { ok: false, reason: `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; an article must be at most 1 MB of plain text` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` };
  }
  const checked = checkArticleBytes(bytes);
  return checked.ok ? checked : { ok: false, reason: `${file}: ${checked.reason}` };
}
