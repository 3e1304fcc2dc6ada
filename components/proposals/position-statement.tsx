import { Link } from "@/components/site-link";
import type { PositionStatementData } from "@/lib/queries/positions-data";

export type PositionStatementProps = {
  statement: PositionStatementData;
  /** The side spoken for, where the column holds several (the mediators). */
  side?: string;
};

/** "told CNN" reads on its own; a bare "not stated" needs saying what is not stated. */
function venueText(venue: string): string {
  return venue.startsWith("not stated") ? `venue ${venue}` : venue;
}

/** One stated position: who said it, where and when, the words verbatim, and links to the record and the source. */
export function PositionStatement({ statement, side }: PositionStatementProps) {
  return (
    <article className="position" aria-label={`${statement.speakerName}, ${statement.dateText}`}>
      <p className="position-meta">
        {side && side !== statement.speakerName ? <span className="position-side">{side}: </span> : null}
        <span className="position-speaker">{statement.speakerName}</span>
        <span aria-hidden="true"> · </span>
        {venueText(statement.venue)}
        <span aria-hidden="true"> · </span>
        <time dateTime={statement.date} title={statement.dateNote}>
          {statement.dateText}
        </time>
      </p>
      <blockquote className="position-quote">“{statement.text}”</blockquote>
      <p className="position-kind">
        {statement.isDirectQuote ? "Their words, as quoted" : "The article’s account of the position, verbatim"}
        {statement.proposals.length > 0 ? (
          <>
            {" · on "}
            {statement.proposals.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ", " : null}
                <Link href={`/proposals/${p.id}`}>{p.shortTitle}</Link>
              </span>
            ))}
          </>
        ) : null}
      </p>
      <p className="position-links">
        <Link href={statement.href}>In the timeline</Link>
        {statement.sources.map((source) => (
          <span key={source.href}>
            <span aria-hidden="true"> · </span>
            <a href={source.href}>
              <span className="sr-only">Source: </span>
              {source.label}
            </a>
          </span>
        ))}
      </p>
    </article>
  );
}
