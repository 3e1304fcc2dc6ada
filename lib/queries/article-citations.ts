import { describeCount } from "../format/format-count";
import { shortenText } from "../format/shorten-text";
import { CitingKindSchema, type CitingKind } from "../schema/derived-kinds";
import type { SourceRef } from "../schema/primitives";
import type { CitedQuote } from "./article-highlights";
import type { Actor } from "../schema/actor";
import type { Count } from "../schema/count";
import type { Dataset } from "../schema/dataset";
import type { Event } from "../schema/event";
import type { Proposal } from "../schema/proposal";
import type { Statement } from "../schema/statement";
import { entryHref } from "./entry-href";

export type { CitingKind } from "../schema/derived-kinds";
/** In the order an article page lists them. */
export const CITING_KINDS = CitingKindSchema.options;

/** A fact that cites an article passage, with where its page (or timeline row) lives. */
export type CitingFact = { key: string; kind: CitingKind; id: string; title: string; href: string };

const STATEMENT_TITLE_LIMIT = 120;

// Parameter shapes are spelled out rather than picked from DatasetIndex: the index is built from this module.
type CitationSource = { dataset: Dataset };
type FactMaps = {
  actors: ReadonlyMap<string, Actor>;
  events: ReadonlyMap<string, Event>;
  statements: ReadonlyMap<string, Statement>;
  counts: ReadonlyMap<string, Count>;
  proposals: ReadonlyMap<string, Proposal>;
};

/** One passage an article is cited for, by which fact (titles are worked out when a page asks). */
type CitationRef = { kind: CitingKind; id: string; quote: string };

/** What one article is cited for: each quote taken from it with its fact, and how many distinct facts cite it. */
export type ArticleCitations = {
  /** In CITING_KINDS order, then data order: one item per (fact, quote) pair. */
  refs: readonly CitationRef[];
  factCount: number;
};

function fact(kind: CitingKind, id: string, title: string, href: string): CitingFact {
  return { key: `${kind}:${id}`, kind, id, title, href };
}

/**
 * Every article's citations, from one pass over every fact: built once with the index, so an article
 * page or the sources list never scans the dataset. Only references are kept; the facts' titles are
 * written for the one article a page shows.
 */
export function buildArticleCitations({ dataset }: CitationSource): ReadonlyMap<string, ArticleCitations> {
  // Facts are added one after the other (a proposal's provisions right after its own sources), so a fact
  // is new to an article exactly when it is not the last fact the article counted: no set of keys needed.
  const byArticle = new Map<string, { refs: CitationRef[]; factCount: number; last: CitationRef | undefined }>();
  const add = (kind: CitingKind, id: string, sources: readonly SourceRef[]) => {
    for (const source of sources) {
      let cited = byArticle.get(source.articleId);
      if (!cited) byArticle.set(source.articleId, (cited = { refs: [], factCount: 0, last: undefined }));
      const ref: CitationRef = { kind, id, quote: source.quote };
      if (cited.last?.kind !== kind || cited.last.id !== id) cited.factCount += 1;
      cited.refs.push((cited.last = ref));
    }
  };
  for (const event of dataset.events) add("event", event.id, event.sources);
  for (const statement of dataset.statements) add("statement", statement.id, statement.sources);
  for (const count of dataset.counts) add("figure", count.id, count.sources);
  for (const proposal of dataset.proposals) {
    add("proposal", proposal.id, proposal.sources);
    for (const provision of Object.values(proposal.provisions)) if (provision) add("proposal", proposal.id, provision.sources);
  }
  for (const actor of dataset.actors) add("actor", actor.id, actor.sources);
  return new Map([...byArticle].map(([articleId, cited]) => [articleId, { refs: cited.refs, factCount: cited.factCount }]));
}

/** A citing fact with its title and where its page (or timeline row) lives. */
function citingFact(kind: CitingKind, id: string, maps: FactMaps): CitingFact {
  switch (kind) {
    case "event":
      return fact(kind, id, maps.events.get(id)?.title ?? id, `/events/${id}`);
    case "statement": {
      // The summary names the speaker and says what was said, which the speaker's name alone would not.
      const summary = maps.statements.get(id)?.summary ?? id;
      return fact(kind, id, shortenText(summary, STATEMENT_TITLE_LIMIT), entryHref({ id, kind: "statement" }));
    }
    case "figure": {
      const count = maps.counts.get(id);
      const reporter = count?.reportedById ? maps.actors.get(count.reportedById)?.name : undefined;
      return fact(kind, id, count ? describeCount(count, reporter) : id, entryHref({ id, kind: "figure" }));
    }
    case "proposal":
      return fact(kind, id, maps.proposals.get(id)?.title ?? id, `/proposals/${id}`);
    case "actor":
      return fact(kind, id, maps.actors.get(id)?.name ?? id, `/actors/${id}`);
  }
}

type CitationIndex = FactMaps & { citations: ReadonlyMap<string, ArticleCitations> };

/** The quotes taken from one article, each with the fact that cites it (for highlighting its text). */
export function articleCitations(index: CitationIndex, articleId: string): CitedQuote<CitingFact>[] {
  const facts = new Map<string, CitingFact>();
  return (index.citations.get(articleId)?.refs ?? []).map(({ kind, id, quote }) => {
    const key = `${kind}:${id}`;
    let cited = facts.get(key);
    if (!cited) facts.set(key, (cited = citingFact(kind, id, index)));
    return { quote, citedBy: [cited] };
  });
}

/** How many distinct facts cite one article, for counts on the sources index and the article page. */
export function citingFactCount(index: Pick<CitationIndex, "citations">, articleId: string): number {
  return index.citations.get(articleId)?.factCount ?? 0;
}

/** Distinct facts citing one article, in the order they first cite it. */
export function citingFacts(index: CitationIndex, articleId: string): CitingFact[] {
  return [...new Set(articleCitations(index, articleId).flatMap((cited) => cited.citedBy))];
}
