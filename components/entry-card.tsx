import { Link } from "@/components/site-link";
import { ActorChip } from "@/components/actor-chip";
import { SourceQuote } from "@/components/source-quote";
import { formatFactDate } from "@/lib/format/format-date";
import { TYPE_LABELS } from "@/lib/format/labels";
import { countNoun } from "@/lib/format/words";
import { entryHref } from "@/lib/queries/entry-href";
import type { EntryData } from "@/lib/queries/entry-data";

export type EntryCardProps = EntryData & {
  /** Extra controls (e.g. copy link), rendered beside the date. */
  actions?: React.ReactNode;
  /** Heading level for the title, to keep the outline right where the card is used. */
  headingLevel?: 2 | 3 | 4;
  /** Show the quoted sources expanded (the reader can still fold them). */
  sourcesOpen?: boolean;
  /** Shown last, under the sources (e.g. "Cite this statement"). */
  footer?: React.ReactNode;
};

/** One event, statement or figure: date, type, actors, summary, quotation and its sources. */
export function EntryCard({ entry, actors, sources, colour, corrected, actions, headingLevel = 3, sourcesOpen = false, footer }: EntryCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      id={entry.id}
      aria-labelledby={`${entry.id}-title`}
      className="entry-card"
      style={{ borderLeftColor: colour }}
    >
      <div className="entry-meta">
        <p>
          <time dateTime={entry.date} title={entry.dateNote}>
            {formatFactDate(entry)}
          </time>
          <span aria-hidden="true"> · </span>
          <span className="font-medium uppercase tracking-wide">{TYPE_LABELS[entry.type]}</span>
          {entry.venue ? <span> · {entry.venue}</span> : null}
          {corrected ? (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={corrected.href} className="correction-marker">
                Corrected <time dateTime={corrected.date}>{corrected.dateText}</time>
              </Link>
            </>
          ) : null}
        </p>
        {actions}
      </div>
      <Heading id={`${entry.id}-title`} className="entry-title">
        <Link href={entryHref(entry)}>
          {entry.title}
        </Link>
      </Heading>
      {entry.quotation ? (
        <blockquote className="mt-2 font-serif text-lg leading-relaxed">“{entry.quotation}”</blockquote>
      ) : null}
      <p className="mt-2 text-ink/90">{entry.summary}</p>
      {actors.length > 0 ? (
        <ul aria-label="Actors" className="mt-3 flex flex-wrap gap-2">
          {actors.map((actor) => (
            <li key={actor.id}>
              <ActorChip {...actor} />
            </li>
          ))}
        </ul>
      ) : null}
      <details className="mt-3 text-sm" open={sourcesOpen || undefined}>
        <summary className="cursor-pointer text-muted hover:text-ink">
          {countNoun(sources.length, "source", "sources")}
        </summary>
        <div className="mt-2 space-y-3">
          {sources.map((source) => (
            <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
          ))}
        </div>
      </details>
      {footer}
    </article>
  );
}
