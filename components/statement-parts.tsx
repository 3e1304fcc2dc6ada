import { Link } from "@/components/site-link";
import type { StatementView } from "@/lib/queries/statement-view";
import { InferenceMark } from "./inference-mark";

/** Where the words were said, the outlet linked ("told CNN"); "Venue not stated" where the text does not say. */
export function StatementVenue({ venue }: { venue: StatementView["venue"] }) {
  return (
    <span className={venue.isStated ? undefined : "venue-unstated"} data-venue-stated={venue.isStated}>
      {venue.parts.map((part, i) =>
        part.href ? (
          <Link key={i} href={part.href} className="text-ink underline underline-offset-2">
            {part.text}
          </Link>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/** Beside the speaker: "unnamed source" for a described speaker, and our inference where the article names no one. */
export function SpeakerNote({ speaker }: { speaker: StatementView["speaker"] }) {
  if (!speaker.context && !speaker.inference) return null;
  return (
    <p className="mt-1 text-sm" data-speaker-note>
      {speaker.context ? <span className="speaker-context">{speaker.context}</span> : null}
      {speaker.context && speaker.inference ? " " : null}
      {speaker.inference ? <InferenceMark note={speaker.inference} isFieldNamed /> : null}
    </p>
  );
}

/**
 * The words. A direct quote in quotation marks. A partial quote is a paraphrase (the summary gives it) around
 * words the article quotes: those words keep their quotation marks, under the label. A paraphrase is labelled
 * and never put in quotation marks, so it cannot pass for the speaker's own words.
 */
export function StatementWords({ text, view }: { text: string; view: Pick<StatementView, "quoteKind" | "quoteLabel"> }) {
  if (view.quoteKind === "direct") {
    return <blockquote className="mt-2 font-serif text-lg leading-relaxed">“{text}”</blockquote>;
  }
  return (
    <div className="paraphrase" data-quote-kind={view.quoteKind}>
      <span className="quote-kind">{view.quoteLabel}</span>
      {view.quoteKind === "partial" ? <blockquote>“{text}”</blockquote> : <p>{text}</p>}
    </div>
  );
}
