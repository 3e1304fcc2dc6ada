import { describeCount } from "../format/format-count";
import { shortenText } from "../format/shorten-text";
import type { SourceRef } from "../schema/primitives";
import type { CitedQuote } from "./article-highlights";
import type { DatasetIndex } from "./dataset-index";
import { entryHref } from "./entry-href";

export const CITING_KINDS = ["event", "statement", "count", "proposal", "actor"] as const;
export type CitingKind = (typeof CITING_KINDS)[number];

/** A fact that cites an article passage, with where its page (or timeline row) lives. */
export type CitingFact = { key: string; kind: CitingKind; id: string; title: string; href: string };

const STATEMENT_TITLE_LIMIT = 120;

type CitationIndex = Pick<DatasetIndex, "dataset" | "actors">;

function fact(kind: CitingKind, id: string, title: string, href: string): CitingFact {
  return { key: `${kind}:${id}`, kind, id, title, href };
}

/** Every (fact, source) pair in the dataset, facts in CITING_KINDS order. */
function allCitations(index: CitationIndex): { fact: CitingFact; source: SourceRef }[] {
  const { dataset, actors } = index;
  const pairs: { fact: CitingFact; source: SourceRef }[] = [];
  const add = (f: CitingFact, sources: readonly SourceRef[]) => sources.forEach((source) => pairs.push({ fact: f, source }));

  for (const event of dataset.events) add(fact("event", event.id, event.title, `/events/${event.id}`), event.sources);
  for (const statement of dataset.statements) {
    // The summary names the speaker and says what was said, which the speaker's name alone would not.
    add(fact("statement", statement.id, shortenText(statement.summary, STATEMENT_TITLE_LIMIT), entryHref({ id: statement.id, kind: "statement" })), statement.sources);
  }
  for (const count of dataset.counts) {
    const reporter = count.reportedById ? actors.get(count.reportedById)?.name : undefined;
    add(fact("count", count.id, describeCount(count, reporter), entryHref({ id: count.id, kind: "count" })), count.sources);
  }
  for (const proposal of dataset.proposals) {
    const f = fact("proposal", proposal.id, proposal.title, `/proposals/${proposal.id}`);
    add(f, proposal.sources);
    for (const provision of Object.values(proposal.provisions)) if (provision) add(f, provision.sources);
  }
  for (const actor of dataset.actors) add(fact("actor", actor.id, actor.name, `/actors/${actor.id}`), actor.sources);
  return pairs;
}

/** The quotes taken from one article, each with the facts that cite it (for highlighting its text). */
export function articleCitations(index: CitationIndex, articleId: string): CitedQuote<CitingFact>[] {
  return allCitations(index)
    .filter(({ source }) => source.articleId === articleId)
    .map(({ fact: f, source }) => ({ quote: source.quote, citedBy: [f] }));
}

/** Distinct facts citing one article, for counts on the sources index. */
export function citingFacts(index: CitationIndex, articleId: string): CitingFact[] {
  const seen = new Map<string, CitingFact>();
  for (const { fact: f, source } of allCitations(index)) {
    if (source.articleId === articleId && !seen.has(f.key)) seen.set(f.key, f);
  }
  return [...seen.values()];
}
