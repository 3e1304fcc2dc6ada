import { splitParagraphs } from "../queries/article-highlights";

/** A drafted record's passage: its number in the review list and its offsets in the article body. */
export type CandidateRange = { number: number; start: number; end: number };

/** A stretch of a paragraph and the candidates covering it (none: plain text; two: overlapping passages). */
export type CandidateSegment = { text: string; numbers: number[]; starts: number[] };
export type CandidateParagraph = { index: number; segments: CandidateSegment[] };

/**
 * Cuts the article into paragraphs and each paragraph into pieces at every candidate's start and end, so
 * overlapping passages (a statement and the figure inside it) are each marked. `starts` lists the
 * candidates whose passage begins in the piece, where the page puts their number. Ranges outside the text
 * are the caller's to report: they are clipped away here.
 */
export function candidateSegments(body: string, ranges: readonly CandidateRange[]): CandidateParagraph[] {
  return splitParagraphs(body).map((paragraph, index) => {
    const inside = ranges
      .map((range) => ({ ...range, start: Math.max(range.start, paragraph.start), end: Math.min(range.end, paragraph.end) }))
      .filter((range) => range.start < range.end);
    const cuts = [...new Set([paragraph.start, paragraph.end, ...inside.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
    const segments: CandidateSegment[] = [];
    for (let i = 0; i < cuts.length - 1; i += 1) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      const covering = inside.filter((range) => range.start <= from && range.end >= to);
      segments.push({
        text: body.slice(from, to),
        numbers: covering.map((range) => range.number),
        starts: covering.filter((range) => range.start === from && ranges.find((r) => r.number === range.number)?.start === from).map((range) => range.number),
      });
    }
    return { index, segments };
  });
}
