import { z } from "zod";
import { DatedSchema, SlugSchema, SourcesSchema } from "./primitives";
import { ProvisionKeySchema } from "./provision";

/** Something an actor said, with where they said it and their words verbatim. */
export const StatementSchema = DatedSchema.extend({
  id: SlugSchema,
  /** Who spoke: a person, an unnamed source or a body. */
  speakerId: SlugSchema,
  /** Whom the speaker speaks for; used for actor filters and colours. */
  actorId: SlugSchema,
  /** Where it was said, e.g. "told CNN", "press conference in Doha". */
  venue: z.string().min(1),
  /** The speaker's words (or the reported paraphrase) exactly as one source prints them. */
  text: z.string().min(1),
  /** Whether `text` is the speaker's own words or the article's account of them. */
  isDirectQuote: z.boolean(),
  summary: z.string().min(1),
  proposalIds: z.array(SlugSchema).default([]),
  /** Proposal provisions this statement takes a position on. */
  topics: z.array(ProvisionKeySchema).default([]),
  eventId: SlugSchema.optional(),
  sources: SourcesSchema,
});
export type Statement = z.infer<typeof StatementSchema>;
