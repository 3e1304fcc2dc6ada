import { normaliseForMatch } from "../../text/normalise-text";

/** Lower-case words of a text, quotes and punctuation folded away. */
export function wordsOf(text: string): string[] {
  return normaliseForMatch(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/** Whether `inner` occurs in `outer` once both are folded (white space, quote styles, case, punctuation). */
export function containsWords(outer: string, inner: string): boolean {
  const a = ` ${wordsOf(outer).join(" ")} `;
  const b = wordsOf(inner).join(" ");
  return b !== "" && a.includes(` ${b} `);
}

/** Shared words over the shorter text's words (multiset): 1 when one text's words all occur in the other. */
export function overlapCoefficient(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of right) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(word, n - 1);
    }
  }
  return shared / Math.min(left.length, right.length);
}

/** Minimum overlap for two quotations of four words or more to be the same passage. */
export const SAME_QUOTE_OVERLAP = 0.6;

/**
 * Whether two quotations are the same passage: one inside the other, or (both four words or longer)
 * sharing most words, which tolerates the two halves of a quotation split by "he said".
 */
export function sameQuote(a: string, b: string): boolean {
  if (containsWords(a, b) || containsWords(b, a)) return true;
  return wordsOf(a).length >= 4 && wordsOf(b).length >= 4 && overlapCoefficient(a, b) >= SAME_QUOTE_OVERLAP;
}
