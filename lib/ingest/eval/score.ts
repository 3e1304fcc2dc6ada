import type { Draft } from "../../schema/draft";
import { normaliseForMatch, normaliseWithOffsets } from "../../text/normalise-text";
import type { GoldDate, GoldFigure, GoldQuote } from "./gold";
import { sameQuote } from "./text-overlap";

/** Counts behind one line of the evaluation: hits out of a total. */
export type Tally = { hits: number; total: number };

export type ArticleScore = {
  quoteRecall: Tally;
  quotePrecision: Tally;
  speakerAccuracy: Tally;
  figureRecall: Tally;
  figurePrecision: Tally;
  dates: Tally;
  repeatsRecall: Tally;
  repeatsPrecision: Tally;
  misses: string[];
};

const PRECISION_RANK = { day: 0, approximate: 1, month: 2, year: 3, range: 3 } as const;

/** Where a cited passage sits in the body (folding white space and quote styles), if it does. */
function passageSpan(body: string, passage: string): { start: number; end: number } | undefined {
  const { normalised, offsets } = normaliseWithOffsets(body);
  const needle = normaliseForMatch(passage);
  const at = normalised.indexOf(needle);
  if (at < 0) return undefined;
  return { start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 };
}

/** Scores a draft against the curated records of its article, by content only (words, values), never ids. */
export function scoreDraft(draft: Draft, body: string, gold: { quotes: GoldQuote[]; figures: GoldFigure[]; dates: GoldDate[]; repeats: string[] }): ArticleScore {
  const misses: string[] = [];
  const quotes = draft.statements.filter((s) => s.quoteKind !== "paraphrase");

  let found = 0;
  let rightSpeaker = 0;
  for (const item of gold.quotes) {
    const match = quotes.find((q) => sameQuote(q.text, item.text));
    if (!match) {
      misses.push(`quote missed: “${item.text.slice(0, 70)}” (${item.speakerId})`);
      continue;
    }
    found += 1;
    if (match.speakerId === item.speakerId) rightSpeaker += 1;
    else misses.push(`speaker: “${item.text.slice(0, 50)}” drafted as ${match.speakerId}, curated ${item.speakerId}`);
  }
  // Real: the same words as a curated quotation, or a quotation inside a passage the curated records cite
  // for a quotation (the other half of a quotation split by "he said").
  const passages = gold.quotes.flatMap((g) => g.passages.map((p) => passageSpan(body, p))).filter((span) => span !== undefined);
  const real = quotes.filter(
    (q) => gold.quotes.some((g) => sameQuote(q.text, g.text)) || passages.some((p) => q.review.start < p.end && p.start < q.review.end),
  );
  for (const q of quotes) if (!real.includes(q)) misses.push(`quote not curated: “${q.text.slice(0, 70)}” (${q.speakerId})`);

  const unmatched = [...draft.counts];
  let figuresFound = 0;
  for (const figure of gold.figures) {
    const at = unmatched.findIndex((c) => c.value === figure.value && c.metric === figure.metric && c.qualifier === figure.qualifier);
    if (at >= 0) {
      figuresFound += 1;
      unmatched.splice(at, 1);
    } else misses.push(`figure missed: ${figure.metric} ${figure.qualifier} ${figure.value}`);
  }
  for (const c of unmatched) misses.push(`figure not curated: ${c.metric} ${c.qualifier} ${c.value} (“${c.review.cue}”)`);

  const folded = normaliseForMatch(body);
  let datesRight = 0;
  for (const item of gold.dates) {
    const at = folded.indexOf(normaliseForMatch(item.phrase));
    // Offsets differ between the folded and the raw body only by folded white space; search near.
    const rawAt = body.indexOf(item.phrase) >= 0 ? body.indexOf(item.phrase) : at;
    const inPhrase = draft.dates.filter((d) => d.start >= rawAt - 2 && d.end <= rawAt + item.phrase.length + 2);
    const right = inPhrase.some((d) => {
      const coarser = PRECISION_RANK[d.precision] >= PRECISION_RANK[item.precision] ? d.precision : item.precision;
      return coarser === "day" || coarser === "approximate" ? d.date === item.date : d.date.slice(0, 7) === item.date.slice(0, 7);
    });
    if (right) datesRight += 1;
    else misses.push(`date: '${item.phrase}' should be ${item.date} (${item.precision}); drafted ${inPhrase.map((d) => `${d.text}=${d.date}/${d.precision}`).join(", ") || "nothing"}`);
  }

  const dropped = draft.dropped.map((d) => normaliseForMatch(d.text));
  const goldRepeats = gold.repeats.map(normaliseForMatch);
  const repeatsFound = goldRepeats.filter((text) => dropped.includes(text)).length;
  const droppedRight = dropped.filter((text) => goldRepeats.includes(text)).length;

  return {
    quoteRecall: { hits: found, total: gold.quotes.length },
    quotePrecision: { hits: real.length, total: quotes.length },
    speakerAccuracy: { hits: rightSpeaker, total: found },
    figureRecall: { hits: figuresFound, total: gold.figures.length },
    figurePrecision: { hits: draft.counts.length - unmatched.length, total: draft.counts.length },
    dates: { hits: datesRight, total: gold.dates.length },
    repeatsRecall: { hits: repeatsFound, total: goldRepeats.length },
    repeatsPrecision: { hits: droppedRight, total: dropped.length },
    misses,
  };
}
