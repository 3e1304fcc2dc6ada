import type { DatasetIndex } from "./dataset-index";
import type { TimelineType } from "../schema/timeline-entry";

/** What the timeline's filter form offers: per-actor and per-type totals and the date span. */
export type TimelineFacets = {
  /** Entries each actor filter finds: an organisation counts its people's entries too, each entry once. */
  actorCounts: ReadonlyMap<string, number>;
  typeCounts: ReadonlyMap<TimelineType, number>;
  span: { first?: string; last?: string };
};

/** Read off the posting lists, which hold each entry once per actor and type. */
export function timelineFacets(index: Pick<DatasetIndex, "postings" | "timeline">): TimelineFacets {
  const lengths = <K>(lists: ReadonlyMap<K, readonly number[]>) => new Map([...lists].map(([key, list]) => [key, list.length]));
  return {
    actorCounts: lengths(index.postings.actor),
    typeCounts: lengths(index.postings.type),
    // The timeline is newest first.
    span: { first: index.timeline.at(-1)?.date, last: index.timeline[0]?.date },
  };
}
