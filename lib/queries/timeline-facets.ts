import type { Actor } from "../schema/actor";
import { actorLineage } from "./filter-timeline";
import type { TimelineEntry, TimelineType } from "./timeline-entry";

/**
 * How many entries each actor filter would find: an organisation counts its people's entries too,
 * as `filterTimeline` does. Each entry counts once per actor however many of its members it names.
 */
export function actorEntryCounts(entries: readonly TimelineEntry[], actors: ReadonlyMap<string, Actor>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const reached = new Set(entry.actorIds.flatMap((id) => actorLineage(id, actors)));
    for (const id of reached) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** How many entries each timeline type has. */
export function typeEntryCounts(entries: readonly TimelineEntry[]): Map<TimelineType, number> {
  const counts = new Map<TimelineType, number>();
  for (const entry of entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  return counts;
}
