import type { TimelineEntry } from "../schema/timeline-entry";

/** The newest `limit` events and statements (figures have their own section), newest first. */
export function latestEntries(timeline: readonly TimelineEntry[], limit: number): TimelineEntry[] {
  const latest: TimelineEntry[] = [];
  for (const entry of timeline) {
    if (latest.length >= limit) break;
    if (entry.kind !== "figure") latest.push(entry);
  }
  return latest;
}
