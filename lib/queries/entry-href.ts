import type { TimelineEntry } from "./timeline-entry";

/** Permalink of a timeline entry: events have their own page; statements and figures live on the timeline. */
export function entryHref(entry: Pick<TimelineEntry, "id" | "kind">): string {
  return entry.kind === "event" ? `/events/${entry.id}` : `/timeline#${entry.id}`;
}
