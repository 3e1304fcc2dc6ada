import type { Actor } from "../schema/actor";
import type { Article } from "../schema/article";
import type { Count } from "../schema/count";
import type { Dataset } from "../schema/dataset";
import type { Event } from "../schema/event";
import type { Proposal } from "../schema/proposal";
import type { Statement } from "../schema/statement";
import { buildActorTree, type ActorTree } from "../actors/actor-tree";
import { buildArticleCitations, type ArticleCitations } from "./article-citations";
import { buildPostings, type TimelinePostings } from "./timeline-postings";
import { buildTextIndex, type TextIndex } from "./text-index";
import type { TimelineEntry } from "../schema/timeline-entry";
import { toTimelineEntries } from "./timeline-entries";
import { buildKeyEvents, type KeyEventRecord } from "./key-events";
import { orderProposals } from "./proposal-order";
import { principalActors, provisionPositions, type ProvisionPositions } from "./provision-positions";
import { ProvisionKeySchema, type ProvisionKey } from "../schema/provision";
import { buildCorrectionIndex, type CorrectionIndex } from "./correction-index";
import { timelineFacets, type TimelineFacets } from "./timeline-facets";

/** Statements and figures that name an event as theirs (`eventId`), oldest first. */
export type EventLinks = { statements: readonly TimelineEntry[]; counts: readonly TimelineEntry[] };

/**
 * The dataset plus every lookup pages need, built once per process (the data cannot change while a
 * server runs): pages and queries read these instead of scanning the records.
 */
export type DatasetIndex = {
  dataset: Dataset;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  events: ReadonlyMap<string, Event>;
  statements: ReadonlyMap<string, Statement>;
  proposals: ReadonlyMap<string, Proposal>;
  counts: ReadonlyMap<string, Count>;
  /** Events, statements and figures, newest first. A position in this list identifies an entry in the postings. */
  timeline: readonly TimelineEntry[];
  /** Each entry's position in `timeline`. */
  positions: ReadonlyMap<string, number>;
  /** Who belongs to whom: lineage (an actor and the organisations above it), members, families. */
  actorTree: ActorTree;
  /** Posting lists of timeline positions per actor (with its people and bodies), type, month and proposal. */
  postings: TimelinePostings;
  /** Totals per actor and type, actors ranked by entries, the date span: what the filter form offers. */
  facets: TimelineFacets;
  /** Free-text search over each entry's folded text. */
  text: TextIndex;
  /** Statements and figures per event. */
  eventLinks: ReadonlyMap<string, EventLinks>;
  /** Per article id: the quotes facts take from it and the facts citing it. */
  citations: ReadonlyMap<string, ArticleCitations>;
  /** Articles, newest published first (then by id). */
  articlesByDate: readonly Article[];
  /** Proposals in the comparison's column order. */
  proposalOrder: readonly Proposal[];
  /** Each side's statements on each provision, and the sides (principal actors). */
  provisionPositions: { principals: readonly Actor[]; byKey: ReadonlyMap<ProvisionKey, ProvisionPositions> };
  /** Events drawn on the figures' time axis, in date order. */
  keyEvents: readonly KeyEventRecord[];
  /** Years in which figures were reported, ascending. */
  figureYears: readonly number[];
  /** Corrections newest first, per record, and the records they retired (merged or removed). */
  corrections: CorrectionIndex;
};

/** Filled in a loop: mapping to [id, item] pairs first allocated a pair per record (88,000 of them at 1000x). */
function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function positionsOf(timeline: readonly TimelineEntry[]): ReadonlyMap<string, number> {
  const positions = new Map<string, number>();
  for (let position = 0; position < timeline.length; position += 1) positions.set(timeline[position]!.id, position);
  return positions;
}

function linkEvents(timeline: readonly TimelineEntry[], statements: ReadonlyMap<string, Statement>, counts: ReadonlyMap<string, Count>) {
  const links = new Map<string, { statements: TimelineEntry[]; counts: TimelineEntry[] }>();
  const linksOf = (eventId: string) => {
    let value = links.get(eventId);
    if (!value) links.set(eventId, (value = { statements: [], counts: [] }));
    return value;
  };
  // The timeline is newest first; links are listed oldest first.
  for (let position = timeline.length - 1; position >= 0; position -= 1) {
    const entry = timeline[position]!;
    if (entry.kind === "statement") {
      const eventId = statements.get(entry.id)?.eventId;
      if (eventId) linksOf(eventId).statements.push(entry);
    } else if (entry.kind === "figure") {
      const eventId = counts.get(entry.id)?.eventId;
      if (eventId) linksOf(eventId).counts.push(entry);
    }
  }
  return links;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const actors = byId(dataset.actors);
  const statements = byId(dataset.statements);
  const counts = byId(dataset.counts);
  const timeline = toTimelineEntries(dataset, actors);
  const actorTree = buildActorTree(actors);
  const postings = buildPostings(timeline, actorTree);
  return {
    dataset,
    articles: byId(dataset.articles),
    actors,
    events: byId(dataset.events),
    statements,
    proposals: byId(dataset.proposals),
    counts,
    timeline,
    positions: positionsOf(timeline),
    actorTree,
    postings,
    facets: timelineFacets(postings, timeline, actors),
    text: buildTextIndex(timeline, actors),
    eventLinks: linkEvents(timeline, statements, counts),
    citations: buildArticleCitations({ dataset }),
    articlesByDate: [...dataset.articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id)),
    proposalOrder: orderProposals(dataset.proposals),
    provisionPositions: {
      principals: principalActors(dataset.actors),
      byKey: new Map(provisionPositions(dataset.statements, dataset.actors, ProvisionKeySchema.options).map((positions) => [positions.key, positions])),
    },
    keyEvents: buildKeyEvents(dataset.events),
    figureYears: [...new Set(dataset.counts.map((count) => Number(count.date.slice(0, 4))))].sort((a, b) => a - b),
    corrections: buildCorrectionIndex(dataset.corrections),
  };
}
