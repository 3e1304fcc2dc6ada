import type { Event } from "../schema/event";
import type { Proposal } from "../schema/proposal";
import type { DatasetIndex } from "./dataset-index";
import type { TimelineEntry } from "../schema/timeline-entry";

/** What the event page shows around an event: what is linked to it and its neighbours in time. */
export type EventContext = {
  event: Event;
  /** The event as a timeline entry (for cards and links). */
  entry: TimelineEntry;
  proposals: Proposal[];
  /** Statements and figures whose `eventId` is this event, oldest first. */
  statements: TimelineEntry[];
  counts: TimelineEntry[];
  /** The events just before and after it in time (same order as the timeline). */
  previous?: TimelineEntry;
  next?: TimelineEntry;
};

export function eventContext(eventId: string, index: DatasetIndex): EventContext | undefined {
  const event = index.events.get(eventId);
  const events = index.timeline.filter((e) => e.kind === "event");
  const position = events.findIndex((e) => e.id === eventId);
  const entry = events[position];
  if (!event || !entry) return undefined;
  const oldestFirst = [...index.timeline].reverse();
  const linked = (kind: TimelineEntry["kind"], eventIdOf: (id: string) => string | undefined) =>
    oldestFirst.filter((e) => e.kind === kind && eventIdOf(e.id) === eventId);
  // The timeline runs newest first, so the older neighbour comes after this event in it.
  const previous = events[position + 1];
  const next = position > 0 ? events[position - 1] : undefined;
  return {
    event,
    entry,
    proposals: event.proposalIds.flatMap((id) => index.proposals.get(id) ?? []),
    statements: linked("statement", (id) => index.statements.get(id)?.eventId),
    counts: linked("count", (id) => index.counts.get(id)?.eventId),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}
