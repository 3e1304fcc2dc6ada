import type { DatePrecision } from "../schema/primitives";
import type { Event, EventType } from "../schema/event";

/** Event types drawn as key events on the figures' time axis. */
export const KEY_EVENT_TYPES: readonly EventType[] = ["attack", "military", "ceasefire", "collapse", "release", "resolution"];

/** First and last day an event may have happened on, from its date and precision. */
export function eventSpan(event: { date: string; precision: DatePrecision }): { start: string; end: string } {
  if (event.precision === "month") return { start: `${event.date.slice(0, 7)}-01`, end: event.date };
  if (event.precision === "year") return { start: `${event.date.slice(0, 4)}-01-01`, end: event.date };
  return { start: event.date, end: event.date };
}

/** A key event with the days it may fall on. */
export type KeyEventRecord = { event: Event; span: { start: string; end: string } };

/** Events of the key types in date order (then id), with their spans; built once, into the index. */
export function buildKeyEvents(events: readonly Event[]): KeyEventRecord[] {
  return events
    .filter((event) => KEY_EVENT_TYPES.includes(event.type))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id.localeCompare(b.id)))
    .map((event) => ({ event, span: eventSpan(event) }));
}
