import { QUOTE_KIND_LABELS, UNIDENTIFIED_SPEAKER_LABEL, UNNAMED_SOURCE_LABEL, VENUE_NOT_STATED_LABEL } from "../format/labels";
import type { Actor } from "../schema/actor";
import type { QuoteKind, Statement } from "../schema/statement";
import { inferenceFor, type InferenceNote } from "./inference-notes";

/** A run of the venue's words; the outlet's name carries a link to its actor page. */
export type VenuePart = { text: string; href?: string };

/** Who said it, how and where, as a statement's card shows it. */
export type StatementView = {
  speaker: {
    /** The actor's name, the article's own words for an unnamed source, or that no speaker is given. */
    label: string;
    /** "unnamed source" beside a described speaker. */
    context?: string;
    /** Present when we, not the article, attribute the words. */
    inference?: InferenceNote;
  };
  quoteKind: QuoteKind;
  /** "Paraphrase", "Paraphrase with quoted words"; none for a direct quote. */
  quoteLabel?: string;
  venue: { isStated: boolean; parts: VenuePart[] };
};

type SpeakerFields = Pick<Statement, "speakerKind" | "speakerDescription" | "speakerId">;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The speaker as the article gives them: a named actor by name, a described one in the article's own words
 * ("A senior security source"), none when the article names no one. Never a name the text does not give.
 */
export function speakerLabel(statement: SpeakerFields, speaker: Pick<Actor, "name"> | undefined): string {
  if (statement.speakerKind === "unidentified") return UNIDENTIFIED_SPEAKER_LABEL;
  if (statement.speakerKind === "described" && statement.speakerDescription) return capitalise(statement.speakerDescription);
  return speaker?.name ?? statement.speakerId;
}

/** The venue's words with the outlet's name ("told CNN") linked; where the venue does not name it, the outlet follows. */
function venueParts(venue: string, outlet: Actor | undefined): VenuePart[] {
  if (!outlet) return [{ text: venue }];
  const href = `/actors/${outlet.id}`;
  const lower = venue.toLowerCase();
  for (const name of [outlet.name, outlet.shortName, ...outlet.aliases]) {
    const at = lower.indexOf(name.toLowerCase());
    if (at < 0) continue;
    const parts: VenuePart[] = [{ text: venue.slice(0, at) }, { text: venue.slice(at, at + name.length), href }, { text: venue.slice(at + name.length) }];
    return parts.filter((part) => part.text !== "");
  }
  return [{ text: `${venue}, ` }, { text: outlet.name, href }];
}

/** How a statement's card shows its speaker, quotation and venue. */
export function statementView(statement: Statement, actors: ReadonlyMap<string, Actor>): StatementView {
  // speakerBasis "inferred" always has this entry (the schema says so); an entry alone marks it too.
  const speakerInference = inferenceFor(statement.inferred, "speakerId");
  const quoteLabel = QUOTE_KIND_LABELS[statement.quoteKind];
  return {
    speaker: {
      label: speakerLabel(statement, actors.get(statement.speakerId)),
      ...(statement.speakerKind === "described" ? { context: UNNAMED_SOURCE_LABEL } : {}),
      ...(speakerInference ? { inference: speakerInference } : {}),
    },
    quoteKind: statement.quoteKind,
    ...(quoteLabel ? { quoteLabel } : {}),
    venue: statement.venueStated
      ? { isStated: true, parts: venueParts(statement.venue, statement.outletId ? actors.get(statement.outletId) : undefined) }
      : { isStated: false, parts: [{ text: VENUE_NOT_STATED_LABEL }] },
  };
}
