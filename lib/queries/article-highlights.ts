import { normaliseForMatch, normaliseWithOffsets } from "../text/normalise-text";
import { quoteAnchorId } from "../format/quote-anchor";
import { findRepeatedParagraphs } from "./repeated-paragraphs";

/** A passage to highlight and whatever cites it (facts, for the article page). */
export type CitedQuote<T> = { quote: string; citedBy: readonly T[] };

/** Fragment target of one quote, at `offset` characters into the segment that holds its start. */
export type QuoteAnchor = { id: string; offset: number };

export type TextSegment = { kind: "text"; text: string };
export type MarkSegment = {
  kind: "mark";
  text: string;
  /** Number of the passage this piece belongs to (1-based, in reading order). */
  passage: number;
  anchors: QuoteAnchor[];
  /** The passage started in an earlier paragraph and carries on here. */
  isContinuation: boolean;
};
export type Segment = TextSegment | MarkSegment;

export type ArticleParagraph = {
  /** 0-based position among the article's paragraphs. */
  index: number;
  segments: Segment[];
  /** Passages that start in this paragraph, in reading order. */
  passages: number[];
  /** Index of the earlier paragraph this one repeats verbatim, if any. */
  repeatOf?: number;
};

/** A highlighted stretch of text: overlapping quotes merged, with everything that cites any part of it. */
export type Passage<T> = { number: number; anchorIds: string[]; quotes: string[]; citedBy: T[] };

export type HighlightedArticle<T> = {
  paragraphs: ArticleParagraph[];
  passages: Passage<T>[];
  /** Quotes not found in the text (the data check should make this empty). */
  unmatched: string[];
};

type Range<T> = { start: number; end: number; anchors: { id: string; at: number }[]; quotes: string[]; citedBy: T[] };

/** Paragraphs are the text's non-blank lines; the seeds use a newline, sometimes a blank line, between them. */
export function splitParagraphs(body: string): { start: number; end: number; text: string }[] {
  const paragraphs: { start: number; end: number; text: string }[] = [];
  for (const match of body.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const start = match.index + leading;
    paragraphs.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return paragraphs;
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Finds each distinct quote's first occurrence (facts cite the first copy of repeated text). */
function locateQuotes<T>(body: string, cited: readonly CitedQuote<T>[]): { ranges: Range<T>[]; unmatched: string[] } {
  const { normalised, offsets } = normaliseWithOffsets(body);
  const byAnchor = new Map<string, { quote: string; citedBy: T[] }>();
  for (const { quote, citedBy } of cited) {
    const id = quoteAnchorId(quote);
    const existing = byAnchor.get(id);
    if (existing) existing.citedBy.push(...citedBy);
    else byAnchor.set(id, { quote, citedBy: [...citedBy] });
  }
  const ranges: Range<T>[] = [];
  const unmatched: string[] = [];
  for (const [id, { quote, citedBy }] of byAnchor) {
    const needle = normaliseForMatch(quote);
    const at = needle === "" ? -1 : normalised.indexOf(needle);
    if (at < 0) {
      unmatched.push(quote);
      continue;
    }
    const start = offsets[at]!;
    const end = offsets[at + needle.length - 1]! + 1;
    ranges.push({ start, end, anchors: [{ id, at: start }], quotes: [quote], citedBy });
  }
  return { ranges, unmatched };
}

/** Overlapping ranges become one passage, so no text is marked twice and no mark nests in another. */
function mergeRanges<T>(ranges: readonly Range<T>[]): Range<T>[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range<T>[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.anchors.push(...range.anchors);
      last.quotes.push(...range.quotes);
      last.citedBy.push(...range.citedBy);
    } else {
      merged.push({ ...range, anchors: [...range.anchors], quotes: [...range.quotes], citedBy: [...range.citedBy] });
    }
  }
  return merged;
}

/**
 * Splits an article into paragraphs of plain-text and highlighted segments. Quotes are matched after
 * folding quote styles and white space; overlapping quotes merge into one passage that lists every
 * citation; repeated paragraphs are flagged. The text itself is returned unchanged, piece by piece.
 */
export function highlightArticle<T>(
  body: string,
  cited: readonly CitedQuote<T>[],
  keyOf: (item: T) => string,
): HighlightedArticle<T> {
  const { ranges, unmatched } = locateQuotes(body, cited);
  const merged = mergeRanges(ranges);
  const passages: Passage<T>[] = merged.map((range, i) => ({
    number: i + 1,
    anchorIds: range.anchors.map((a) => a.id),
    quotes: range.quotes,
    citedBy: uniqueBy(range.citedBy, keyOf),
  }));

  const lines = splitParagraphs(body);
  const repeats = findRepeatedParagraphs(lines.map((line) => line.text));
  const paragraphs = lines.map((line, index): ArticleParagraph => {
    const segments: Segment[] = [];
    const starting: number[] = [];
    let cursor = line.start;
    merged.forEach((range, i) => {
      const start = Math.max(range.start, line.start);
      const end = Math.min(range.end, line.end);
      if (start >= end) return;
      if (start > cursor) segments.push({ kind: "text", text: body.slice(cursor, start) });
      const isContinuation = range.start < line.start;
      if (!isContinuation) starting.push(i + 1);
      segments.push({
        kind: "mark",
        text: body.slice(start, end),
        passage: i + 1,
        anchors: range.anchors
          .filter((a) => a.at >= start && a.at < end)
          .sort((a, b) => a.at - b.at)
          .map((a) => ({ id: a.id, offset: a.at - start })),
        isContinuation,
      });
      cursor = end;
    });
    if (cursor < line.end) segments.push({ kind: "text", text: body.slice(cursor, line.end) });
    const repeatOf = repeats[index];
    return { index, segments, passages: starting, ...(repeatOf !== undefined ? { repeatOf } : {}) };
  });

  return { paragraphs, passages, unmatched };
}
