import { Link } from "@/components/site-link";
import { ActorChip } from "@/components/actor-chip";
import { FigureParts } from "@/components/figure-parts";
import { InferenceList, InferenceMark } from "@/components/inference-mark";
import { SourceQuote } from "@/components/source-quote";
import { SpeakerNote, StatementVenue, StatementWords } from "@/components/statement-parts";
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
export function EntryCard({ entry, actors, sources, colour, details, corrected, actions, headingLevel = 3, sourcesOpen = false, footer }: EntryCardProps) {
  const Heading = `h${headingLevel}` as const;
  const { statement, figure } = details;
  return (
    <article
      id={entry.id}
      aria-labelledby={`${entry.id}-title`}
      className="entry-card"
      style={{ borderLeftColor: colour }}
    >
      <div className="entry-meta">
        <p>
          <time dateTime={details.dateTime} title={entry.dateNote}>
            {details.dateText}
          </time>
          <span aria-hidden="true"> · </span>
          <span className="font-medium uppercase tracking-wide">{TYPE_LABELS[entry.type]}</span>
          {statement ? (
            <>
              {" · "}
              <StatementVenue venue={statement.venue} />
            </>
          ) : entry.venue ? (
            <span> · {entry.venue}</span>
          ) : null}
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
      {details.dateInference ? (
        <p className="mt-0.5 text-sm leading-snug">
          <InferenceMark note={details.dateInference} isFieldNamed />
        </p>
      ) : null}
      <Heading id={`${entry.id}-title`} className="entry-title">
        <Link href={entryHref(entry)}>
          {entry.title}
        </Link>
      </Heading>
      {statement ? <SpeakerNote speaker={statement.speaker} /> : null}
      {entry.quotation ? <StatementWords text={entry.quotation} view={statement ?? { quoteKind: "direct" }} /> : null}
      <p className="mt-2 text-ink/90">{entry.summary}</p>
      {figure ? <FigureParts {...figure} className="mt-1 block text-sm text-muted" /> : null}
      <InferenceList notes={details.otherInferences} />
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
