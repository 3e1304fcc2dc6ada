import { Link } from "@/components/site-link";
import type { StatusData } from "@/lib/queries/proposal-comparison";
import { SourceQuote } from "../source-quote";
import { StatusBadge } from "./status-badge";

export type StatusHistoryProps = { history: readonly StatusData[] };

/** A proposal's status changes, oldest first, each with the event that brought it. */
export function StatusHistory({ history }: StatusHistoryProps) {
  return (
    <ol className="status-history">
      {history.map((change, i) => (
        <li key={`${change.status}-${i}`} className="status-history-item">
          <StatusBadge status={change.status} label={change.label} />
          <span className="status-history-date">
            <time dateTime={change.dateTime}>{change.dateText}</time>
          </span>
          {change.eventId ? (
            <span className="status-history-event">
              <Link href={`/events/${change.eventId}`}>{change.eventTitle ?? "The event"}</Link>
            </span>
          ) : null}
          {change.note ? <span className="status-history-note">{change.note}</span> : null}
          {change.sources ? (
            <div className="status-history-sources space-y-2">
              {change.sources.map((source) => (
                <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
