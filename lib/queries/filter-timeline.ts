import type { DatasetIndex } from "./dataset-index";
import { searchWords } from "./text-index";
import type { Postings } from "./timeline-postings";
import type { TimelineEntry, TimelineType } from "../schema/timeline-entry";

/** What the timeline can be narrowed by; every field optional, all applied together (AND). */
export type TimelineFilter = {
  actorIds?: readonly string[];
  types?: readonly TimelineType[];
  /** Inclusive bounds, YYYY-MM-DD. */
  from?: string;
  to?: string;
  q?: string;
};

type FilterIndex = Pick<DatasetIndex, "timeline" | "postings" | "text">;

/** First position whose date is at or before `date` (the timeline is newest first). */
function firstOnOrBefore(timeline: readonly TimelineEntry[], date: string): number {
  let low = 0;
  let high = timeline.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (timeline[middle]!.date > date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First position whose date is before `date`. */
function firstBefore(timeline: readonly TimelineEntry[], date: string): number {
  let low = 0;
  let high = timeline.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (timeline[middle]!.date >= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Timeline positions (ascending, so newest first) matching every part of the filter. The date range is a
 * contiguous run of positions found by binary search; each other part is a union of posting lists (any of
 * the actors, any of the types, each query word), and an entry matches when it is in all of them.
 */
export function filterPositions(index: FilterIndex, filter: TimelineFilter): number[] {
  const { timeline, postings, text } = index;
  const start = filter.to ? firstOnOrBefore(timeline, filter.to) : 0;
  const end = filter.from ? firstBefore(timeline, filter.from) : timeline.length;

  // Each part: the lists whose union it matches.
  const parts: Postings[][] = [];
  if (filter.actorIds?.length) parts.push(filter.actorIds.map((id) => postings.actor.get(id) ?? []));
  if (filter.types?.length) parts.push(filter.types.map((type) => postings.type.get(type) ?? []));
  for (const word of searchWords(filter.q)) parts.push(text.postingsFor(word));

  const matched: number[] = [];
  if (parts.length === 0) {
    for (let position = start; position < end; position += 1) matched.push(position);
    return matched;
  }
  // hits[p] counts the parts p is in so far; a part only counts p if every part before it did, which
  // also ignores p's repeats within one part (an entry naming two of the actors asked for).
  const hits = new Uint16Array(timeline.length);
  parts.forEach((lists, part) => {
    for (const list of lists) for (const position of list) if (hits[position] === part) hits[position] = part + 1;
  });
  for (let position = start; position < end; position += 1) if (hits[position] === parts.length) matched.push(position);
  return matched;
}

/** Entries matching the filter, newest first. */
export function filterTimeline(index: FilterIndex, filter: TimelineFilter): TimelineEntry[] {
  return filterPositions(index, filter).map((position) => index.timeline[position]!);
}
