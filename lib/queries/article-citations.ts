import { describeCount } from "../format/format-count";
import { shortenText } from "../format/shorten-text";
import { CitingKindSchema, type CitingKind } from "../schema/derived-kinds";
import type { SourceRef } from "../schema/primitives";
import type { CitedQuote } from "./article-highlights";
import type { Actor } from "../schema/actor";
import type { Dataset } from "../schema/dataset";
import { entryHref } from "./entry-href";

export type { CitingKind } from "../schema/derived-kinds";
/** In the order an article page lists them. */
export const CITING_KINDS = CitingKindSchema.options;

/** A fact that cites an article passage, with where its page (or timeline row) lives. */
export type CitingFact = { key: string; kind: CitingKind; id: string; title: string; href: string };

const STATEMENT_TITLE_LIMIT = 120;

// Parameter shapes are spelled out rather than picked from DatasetIndex: the index is built from this module.
type CitationSource = { dataset: Dataset; actors: ReadonlyMap<string, Actor> };

/** What one article is cited for: each quote taken from it with its fact, and the distinct facts citing it. */
export type ArticleCitations = {
  /** In CITING_KINDS order, then data order: one item per (fact, quote) pair. */
  quotes: CitedQuote<CitingFact>[];
  /** Each citing fact once, however many of its quotes come from the article. */
  facts: CitingFact[];
};

function fact(kind: CitingKind, id: string, title: string, href: string): CitingFact {
  return { key: `${kind}:${id}`, kind, id, title, href };
}

/**
 * Every article's citations, from one pass over every fact: built once with the index, so an article
 * page or the sources list never scans the dataset.
 */
export function buildArticleCitations({ dataset, actors }: CitationSource): ReadonlyMap<string, ArticleCitations> {
  const byArticle = new Map<string, { quotes: CitedQuote<CitingFact>[]; facts: Map<string, CitingFact> }>();
  const add = (f: CitingFact, sources: readonly SourceRef[]) => {
    for (const source of sources) {
      let cited = byArticle.get(source.articleId);
      if (!cited) byArticle.set(source.articleId, (cited = { quotes: [], facts: new Map() }));
      cited.quotes.push({ quote: source.quote, citedBy: [f] });
      if (!cited.facts.has(f.key)) cited.facts.set(f.key, f);
    }
  };

  for (const event of dataset.events) add(fact("event", event.id, event.title, `/events/${event.id}`), event.sources);
  for (const statement of dataset.statements) {
    // The summary names the speaker and says what was said, which the speaker's name alone would not.
    add(fact("statement", statement.id, shortenText(statement.summary, STATEMENT_TITLE_LIMIT), entryHref({ id: statement.id, kind: "statement" })), statement.sources);
  }
  for (const count of dataset.counts) {
    const reporter = count.reportedById ? actors.get(count.reportedById)?.name : undefined;
    add(fact("figure", count.id, describeCount(count, reporter), entryHref({ id: count.id, kind: "figure" })), count.sources);
  }
  for (const proposal of dataset.proposals) {
    const f = fact("proposal", proposal.id, proposal.title, `/proposals/${proposal.id}`);
    add(f, proposal.sources);
    for (const provision of Object.values(proposal.provisions)) if (provision) add(f, provision.sources);
  }
  for (const actor of dataset.actors) add(fact("actor", actor.id, actor.name, `/actors/${actor.id}`), actor.sources);
  return new Map([...byArticle].map(([articleId, cited]) => [articleId, { quotes: cited.quotes, facts: [...cited.facts.values()] }]));
}

type CitationIndex = { citations: ReadonlyMap<string, ArticleCitations> };

/** The quotes taken from one article, each with the fact that cites it (for highlighting its text). */
export function articleCitations(index: CitationIndex, articleId: string): CitedQuote<CitingFact>[] {
  return index.citations.get(articleId)?.quotes ?? [];
}

/** Distinct facts citing one article, for counts on the sources index. */
export function citingFacts(index: CitationIndex, articleId: string): CitingFact[] {
  return index.citations.get(articleId)?.facts ?? [];
}
