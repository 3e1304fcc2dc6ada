import { entryPermalink } from "../params/timeline-href";
import type { TimelineEntry } from "../schema/timeline-entry";

/**
 * Permalink of a timeline entry: events have their own page; statements and figures open the
 * timeline page that holds them (`?entry=` works without JavaScript, however long the timeline grows).
 */
export function entryHref(entry: Pick<TimelineEntry, "id" | "kind">): string {
  return entry.kind === "event" ? `/events/${entry.id}` : entryPermalink(entry.id);
}
