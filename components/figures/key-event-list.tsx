import { Link } from "@/components/site-link";
import type { KeyEvent } from "@/lib/queries/figure-point";

export type KeyEventListProps = {
  id: string;
  events: readonly KeyEvent[];
  /** Key events in the span when `events` is an even sample of them. */
  total?: number;
};

/** The numbered events on the chart's time axis as plain links, for keyboard, screen-reader and no-JavaScript readers. */
export function KeyEventList({ id, events, total = events.length }: KeyEventListProps) {
  if (events.length === 0) return null;
  const isSampled = total > events.length;
  return (
    <div className="figure-key-events">
      <p id={`${id}-events-heading`} className="text-sm font-semibold text-ink">
        Key events on the time axis{isSampled ? ` (${events.length} of ${total}, spread evenly)` : ""}
      </p>
      <ol aria-labelledby={`${id}-events-heading`} className="mt-2 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2">
        {events.map((event) => (
          <li key={event.id} id={`${id}-event-${event.number}`} className="flex gap-2">
            <span aria-hidden="true" className="figure-event-number">{event.number}</span>
            <span>
              <span className="sr-only">{event.number}. </span>
              <time dateTime={event.date} className="text-muted">{event.dateText}</time>
              <span className="text-muted"> · {event.typeLabel} · </span>
              <Link href={event.href}>{event.title}</Link>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
