import type { TimelinePostings } from "./timeline-postings";
import type { TimelineEntry, TimelineType } from "../schema/timeline-entry";

/** What the timeline's filter form offers: per-actor and per-type totals and the date span. */
export type TimelineFacets = {
  /** Entries each actor filter finds: an organisation counts its people's entries too, each entry once. */
  actorCounts: ReadonlyMap<string, number>;
  /** Actors with entries, the busiest first (ties in the data's order): the form lists the first of them. */
  actorsByCount: readonly string[];
  typeCounts: ReadonlyMap<TimelineType, number>;
  span: { first?: string; last?: string };
};

/** Actors of `actors` with entries in `counts`, the busiest first; ties keep the order of `actors`. */
export function rankByCount(actors: ReadonlyMap<string, unknown>, counts: ReadonlyMap<string, number>): string[] {
  return [...actors.keys()].filter((id) => (counts.get(id) ?? 0) > 0).sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/**
 * Read off the posting lists, which hold each entry once per actor and type. Built once with the index
 * (they depend on the data alone): at 1000x the data, counting and ranking 24,000 actors for each page
 * render was most of the render.
 */
export function timelineFacets(postings: TimelinePostings, timeline: readonly TimelineEntry[], actors: ReadonlyMap<string, unknown>): TimelineFacets {
  const lengths = <K>(lists: ReadonlyMap<K, readonly number[]>) => new Map([...lists].map(([key, list]) => [key, list.length]));
  const actorCounts = lengths(postings.actor);
  return {
    actorCounts,
    actorsByCount: rankByCount(actors, actorCounts),
    typeCounts: lengths(postings.type),
    // The timeline is newest first.
    span: { first: timeline.at(-1)?.date, last: timeline[0]?.date },
  };
}
