import { Link } from "@/components/site-link";
import type { StatementView } from "@/lib/queries/statement-view";
import { InferenceMark } from "./inference-mark";

/** Where the words were said, the outlet linked ("told CNN"); "Venue not stated" where the text does not say. */
export function StatementVenue({ venue }: { venue: StatementView["venue"] }) {
  return (
    <span className={venue.isStated ? undefined : "venue-unstated"} data-venue-stated={venue.isStated}>
      {venue.parts.map((part, i) =>
        part.href ? (
          <Link key={i} href={part.href} className="underline decoration-rule underline-offset-2 hover:decoration-current">
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
      {speaker.context ? <span className="speaker-context ml-0">{speaker.context}</span> : null}
      {speaker.context && speaker.inference ? " " : null}
      {speaker.inference ? <InferenceMark note={speaker.inference} isFieldNamed /> : null}
    </p>
  );
}

/** The words: a direct quote in quotation marks; a paraphrase (with or without quoted words) labelled, without them. */
export function StatementWords({ text, view }: { text: string; view: Pick<StatementView, "quoteKind" | "quoteLabel"> }) {
  if (view.quoteKind === "direct") {
    return <blockquote className="mt-2 font-serif text-lg leading-relaxed">“{text}”</blockquote>;
  }
  return (
    <div className="paraphrase" data-quote-kind={view.quoteKind}>
      <span className="quote-kind">{view.quoteLabel}</span>
      <p>{text}</p>
    </div>
  );
}
