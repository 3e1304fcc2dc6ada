import type { Dataset } from "../schema/dataset";

/** Totals and the span of dates covered, for the home page and the README's promise of "at a glance". */
export type DatasetSummary = {
  articles: number;
  actors: number;
  events: number;
  statements: number;
  proposals: number;
  counts: number;
  /** Quoted passages across all facts. */
  quotes: number;
  /** Earliest and latest dated fact (events, statements, proposals, counts). */
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** Publication dates of the oldest and newest source. */
  firstPublished: string | undefined;
  lastPublished: string | undefined;
};

export function summariseDataset(dataset: Dataset): DatasetSummary {
  const dates = [...dataset.events, ...dataset.statements, ...dataset.proposals, ...dataset.counts].map((f) => f.date).sort();
  const published = dataset.articles.map((a) => a.published).sort();
  const facts = [...dataset.actors, ...dataset.events, ...dataset.statements, ...dataset.proposals, ...dataset.counts];
  return {
    articles: dataset.articles.length,
    actors: dataset.actors.length,
    events: dataset.events.length,
    statements: dataset.statements.length,
    proposals: dataset.proposals.length,
    counts: dataset.counts.length,
    quotes: facts.reduce((total, fact) => total + fact.sources.length, 0),
    firstDate: dates[0],
    lastDate: dates.at(-1),
    firstPublished: published[0],
    lastPublished: published.at(-1),
  };
}
