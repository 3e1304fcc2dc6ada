import type { Actor } from "../schema/actor";
import type { ArticleFrontMatter } from "../schema/article";
import type { Draft, DraftDate } from "../schema/draft";
import { draftActors } from "./draft-actors";
import { draftCounts } from "./draft-counts";
import { draftStatements } from "./draft-statements";
import { draftEvents } from "./extract-events";
import { extractFigures } from "./extract-figures";
import { extractStatements, type SkippedQuote } from "./extract-statements";
import { findNearRepeats } from "./near-duplicates";
import { splitParagraphs } from "./paragraphs";
import { ActorProposals } from "./proposed-actors";
import { resolveDates } from "./resolve-dates";
import { splitSentences } from "./sentences";
import type { TextSpan } from "./text-span";

/** What the pipeline needs besides the text: the article's front matter, the known actors and ids already taken. */
export type DraftInput = { body: string; article: ArticleFrontMatter; actors: readonly Actor[]; takenIds: ReadonlySet<string> };

function sentenceAround(sentences: readonly TextSpan[], start: number): string | undefined {
  return sentences.find((s) => s.start <= start && start < s.end)?.text;
}

/**
 * The ingest pipeline, stage by stage: paragraphs → repeats dropped → sentences → dates → statements
 * (with speakers and proposed actors) → figures → records in the dataset's shapes. Pure: the caller
 * reads and writes files. Deterministic: the same text and dataset give the same draft.
 */
export function buildDraft(input: DraftInput): { draft: Draft; skipped: SkippedQuote[] } {
  const { body, article, actors } = input;
  const paragraphs = splitParagraphs(body);
  const dropped = findNearRepeats(paragraphs);
  const droppedSet = new Set(dropped.map((d) => d.paragraph));
  const kept = paragraphs.filter((p) => !droppedSet.has(p.index));
  const sentences = kept.flatMap((p) => splitSentences(body, p));
  const dates = resolveDates(body, kept, sentences, article.published);
  const proposals = new ActorProposals(actors, article.id);
  const { statements, skipped } = extractStatements(body, kept, dates, actors, proposals);
  const figures = extractFigures(body, sentences, dates, actors, article.published);
  const taken = new Set(input.takenIds);
  const proposed = proposals.list();
  const draftDates: DraftDate[] = dates.map((d) => ({
    text: d.text,
    date: d.date,
    precision: d.precision,
    ...(d.earliest && d.latest ? { earliest: d.earliest, latest: d.latest } : {}),
    quote: sentenceAround(sentences, d.start) ?? d.text,
    start: d.start,
    end: d.end,
  }));
  return {
    draft: {
      article,
      actors: draftActors(proposed),
      statements: draftStatements(statements, article.id, article.published, [...actors, ...proposed], taken),
      counts: draftCounts(figures, article.id, taken),
      events: draftEvents(sentences, dates, actors, article.id, article.published, taken),
      dates: draftDates,
      dropped,
    },
    skipped,
  };
}
