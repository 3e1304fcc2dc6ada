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

/** The nearest event to a timeline position, stepping `step` positions at a time (+1 older, -1 newer). */
function nearestEvent(timeline: readonly TimelineEntry[], from: number, step: 1 | -1): TimelineEntry | undefined {
  for (let position = from + step; position >= 0 && position < timeline.length; position += step) {
    const entry = timeline[position]!;
    if (entry.kind === "event") return entry;
  }
  return undefined;
}

type EventContextIndex = Pick<DatasetIndex, "events" | "proposals" | "timeline" | "positions" | "eventLinks">;

export function eventContext(eventId: string, index: EventContextIndex): EventContext | undefined {
  const event = index.events.get(eventId);
  const position = index.positions.get(eventId);
  const entry = position === undefined ? undefined : index.timeline[position];
  if (!event || position === undefined || entry?.kind !== "event") return undefined;
  const links = index.eventLinks.get(eventId);
  // The timeline runs newest first, so the older neighbour comes after this event in it.
  const previous = nearestEvent(index.timeline, position, 1);
  const next = nearestEvent(index.timeline, position, -1);
  return {
    event,
    entry,
    proposals: event.proposalIds.flatMap((id) => index.proposals.get(id) ?? []),
    statements: [...(links?.statements ?? [])],
    counts: [...(links?.counts ?? [])],
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}
