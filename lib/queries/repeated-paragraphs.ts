import { normaliseForMatch } from "../text/normalise-text";

/**
 * For each paragraph, the index of an earlier paragraph it repeats word for word (ignoring white space
 * and quote styles), or `undefined` for a first occurrence. Some seed texts print passages twice; the
 * article page labels the copies instead of silently dropping them, because the text is never edited.
 */
export function findRepeatedParagraphs(paragraphs: readonly string[]): (number | undefined)[] {
  const firstSeen = new Map<string, number>();
  return paragraphs.map((paragraph, index) => {
    const key = normaliseForMatch(paragraph);
    if (key === "") return undefined;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) return earlier;
    firstSeen.set(key, index);
    return undefined;
  });
}
