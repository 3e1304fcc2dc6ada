/** Link previews cut descriptions at about this length; longer text is shortened at a word break. */
export const DESCRIPTION_LIMIT = 200;

/** Flattens white space and, if still too long, cuts at the last word break before `limit` with an ellipsis. */
export function shortenText(text: string, limit = DESCRIPTION_LIMIT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
