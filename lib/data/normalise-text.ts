/**
 * Folds the differences that copying text between tools introduces — curly vs straight quotes,
 * non-breaking spaces, runs of white space — so a quote can be matched against its article.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(WHITE_SPACE_RUN, " ")
    .trim();
}

/**
 * Every run of white space (\s already covers no-break and narrow spaces) that is not already a single
 * plain space: a run holding any other white-space character, or two spaces or more. Leaving the
 * single spaces between words alone makes this about four times faster than replacing every run,
 * which matters when each article body is normalised on every load.
 */
const WHITE_SPACE_RUN = / ?[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]\s*| {2,}\s*/g;

/** Whether `quote` occurs in `text` once both are normalised. */
export function containsQuote(text: string, quote: string): boolean {
  return normaliseForMatch(text).includes(normaliseForMatch(quote));
}
