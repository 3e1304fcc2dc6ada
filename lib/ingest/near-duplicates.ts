import { normaliseForMatch } from "../text/normalise-text";
import type { Paragraph } from "./paragraphs";

/** A paragraph left out of extraction because it repeats an earlier one. */
export type RepeatedParagraph = { paragraph: number; text: string; repeats: number; similarity: number };

/** Dice similarity of word pairs needed to call two paragraphs near-duplicates (one word changed in twenty keeps 0.9). */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
// Below this many words, only an exact repeat counts: short lines ("Read more") repeat by chance.
const MIN_WORDS_FOR_NEAR = 8;

function words(text: string): string[] {
  return normaliseForMatch(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(tokens: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i += 1) set.add(`${tokens[i]} ${tokens[i + 1]}`);
  if (tokens.length < 2) set.add(tokens.join(" "));
  return set;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * Paragraphs that repeat an earlier paragraph exactly (after folding white space and quote styles) or
 * nearly (Dice similarity of word pairs at least NEAR_DUPLICATE_SIMILARITY), each with the first
 * paragraph it repeats. Scraped pages often print a passage twice; the copy is dropped from extraction,
 * never from the text.
 */
export function findNearRepeats(paragraphs: readonly Paragraph[]): RepeatedParagraph[] {
  const kept: { index: number; key: string; tokens: string[]; grams: Set<string> }[] = [];
  const repeated: RepeatedParagraph[] = [];
  for (const paragraph of paragraphs) {
    const tokens = words(paragraph.text);
    if (tokens.length === 0) continue;
    const key = tokens.join(" ");
    const grams = shingles(tokens);
    let best: { index: number; similarity: number } | undefined;
    for (const earlier of kept) {
      const similarity =
        earlier.key === key
          ? 1
          : tokens.length >= MIN_WORDS_FOR_NEAR && earlier.tokens.length >= MIN_WORDS_FOR_NEAR
            ? dice(grams, earlier.grams)
            : 0;
      if (similarity >= NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) {
        best = { index: earlier.index, similarity };
      }
    }
    if (best) {
      repeated.push({ paragraph: paragraph.index, text: paragraph.text, repeats: best.index, similarity: Math.round(best.similarity * 1000) / 1000 });
    } else {
      kept.push({ index: paragraph.index, key, tokens, grams });
    }
  }
  return repeated;
}
