import type { Actor } from "../schema/actor";
import type { Article } from "../schema/article";
import type { Count } from "../schema/count";
import type { Dataset } from "../schema/dataset";
import type { Event } from "../schema/event";
import type { Proposal } from "../schema/proposal";
import type { Statement } from "../schema/statement";
import type { TimelineEntry } from "./timeline-entry";
import { toTimelineEntries } from "./timeline-entries";

/** The dataset plus the lookups every page needs, built once per process. */
export type DatasetIndex = {
  dataset: Dataset;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  events: ReadonlyMap<string, Event>;
  statements: ReadonlyMap<string, Statement>;
  proposals: ReadonlyMap<string, Proposal>;
  counts: ReadonlyMap<string, Count>;
  /** Events, statements and figures, newest first. */
  timeline: readonly TimelineEntry[];
};

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const actors = byId(dataset.actors);
  return {
    dataset,
    articles: byId(dataset.articles),
    actors,
    events: byId(dataset.events),
    statements: byId(dataset.statements),
    proposals: byId(dataset.proposals),
    counts: byId(dataset.counts),
    timeline: toTimelineEntries(dataset, actors),
  };
}
