import { z } from "zod";
import { DatedSchema, SlugSchema, SourcesSchema } from "./primitives";
import { ProvisionKeySchema } from "./provision";

/** `direct`: the speaker's words in quotation marks; `partial`: a paraphrase with quoted words; `paraphrase`: reported speech. */
export const QuoteKindSchema = z.enum(["direct", "partial", "paraphrase"]);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** `named`: a named person or body; `described`: an unnamed source the text describes; `unidentified`: no speaker given. */
export const SpeakerKindSchema = z.enum(["named", "described", "unidentified"]);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/** Whether the article attributes the words (`stated`) or we do (`inferred`, with the reason in `inferred`). */
export const SpeakerBasisSchema = z.enum(["stated", "inferred"]);
export type SpeakerBasis = z.infer<typeof SpeakerBasisSchema>;

/** What `venue` holds when the text does not say where the words were said: never a guess. */
export const VENUE_NOT_STATED = "not stated";

/** Something an actor said, with where they said it and their words verbatim. */
export const StatementSchema = DatedSchema.extend({
  id: SlugSchema,
  /** Who spoke: a person, an unnamed source or a body. */
  speakerId: SlugSchema,
  /** Whom the speaker speaks for; used for actor filters and colours. */
  actorId: SlugSchema,
  /** Where it was said, e.g. "told CNN", "press conference in Doha"; "not stated" when the text does not say. */
  venue: z.string().min(1),
  /** False when the text does not say where the words were said (then `venue` is "not stated"). */
  venueStated: z.boolean().default(true),
  /** The news organisation the words were given to ("told CNN"), as an actor. */
  outletId: SlugSchema.optional(),
  /** The speaker's words (or the reported paraphrase) exactly as one source prints them. */
  text: z.string().min(1),
  /** Whether `text` is the speaker's own words or the article's account of them. */
  isDirectQuote: z.boolean(),
  quoteKind: QuoteKindSchema,
  speakerKind: SpeakerKindSchema,
  /** The article's own words for a described speaker, e.g. "a senior security source". */
  speakerDescription: z.string().min(1).optional(),
  speakerBasis: SpeakerBasisSchema.default("stated"),
  summary: z.string().min(1),
  proposalIds: z.array(SlugSchema).default([]),
  /** Proposal provisions this statement takes a position on. */
  topics: z.array(ProvisionKeySchema).default([]),
  eventId: SlugSchema.optional(),
  sources: SourcesSchema,
}).superRefine((value, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (value.isDirectQuote !== (value.quoteKind === "direct")) {
    issue("quoteKind", `is "${value.quoteKind}" but isDirectQuote is ${value.isDirectQuote}: only a direct quote has isDirectQuote true`);
  }
  if (value.speakerKind === "described" && value.speakerDescription === undefined) {
    issue("speakerDescription", "a described speaker needs the article's words for them");
  }
  if (value.speakerKind !== "described" && value.speakerDescription !== undefined) {
    issue("speakerDescription", `only a described speaker has one (speakerKind is "${value.speakerKind}")`);
  }
  if (value.speakerBasis === "inferred" && !value.inferred.some((i) => i.field === "speakerId")) {
    issue("speakerBasis", 'is "inferred": add an inferred entry for "speakerId" with the reason');
  }
  if (!value.venueStated && value.venue !== VENUE_NOT_STATED) {
    issue("venue", `venueStated is false, so venue must be "${VENUE_NOT_STATED}", not a guess ("${value.venue}")`);
  }
  if (value.venueStated && value.venue === VENUE_NOT_STATED) {
    issue("venueStated", `venue is "${VENUE_NOT_STATED}": set venueStated to false`);
  }
});
export type Statement = z.infer<typeof StatementSchema>;
