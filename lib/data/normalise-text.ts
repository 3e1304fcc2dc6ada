/**
 * Folds the differences that copying text between tools introduces — curly vs straight quotes,
 * non-breaking spaces, runs of white space — so a quote can be matched against its article.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
    .trim();
}

/** Whether `quote` occurs in `text` once both are normalised. */
export function containsQuote(text: string, quote: string): boolean {
  return normaliseForMatch(text).includes(normaliseForMatch(quote));
}
