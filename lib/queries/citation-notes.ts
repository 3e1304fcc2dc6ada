import { normaliseForMatch } from "../text/normalise-text";
import type { SourceRef } from "../schema/primitives";

/** A numbered citation: the note a table cell points to, and the printed footnote. */
export type CitationNote = SourceRef & { number: number };

const keyOf = (ref: SourceRef) => `${ref.articleId}\u0000${normaliseForMatch(ref.quote)}`;

/**
 * Numbers citations in order of first appearance; a passage cited twice (one sentence giving both
 * the living hostages and the bodies) keeps one number, as a footnote would.
 */
export function numberCitations(refs: Iterable<SourceRef>): { notes: CitationNote[]; numberOf: (ref: SourceRef) => number } {
  const numbers = new Map<string, number>();
  const notes: CitationNote[] = [];
  for (const ref of refs) {
    const key = keyOf(ref);
    if (numbers.has(key)) continue;
    const number = notes.length + 1;
    numbers.set(key, number);
    notes.push({ ...ref, number });
  }
  return {
    notes,
    numberOf: (ref) => {
      const number = numbers.get(keyOf(ref));
      if (number === undefined) throw new Error(`citation not numbered: ${ref.articleId} “${ref.quote.slice(0, 40)}”`);
      return number;
    },
  };
}
