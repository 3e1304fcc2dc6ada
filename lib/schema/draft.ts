import { z } from "zod";
import { ActorSchema } from "./actor";
import { ArticleFrontMatterSchema } from "./article";
import { CountSchema } from "./count";
import { EventSchema } from "./event";
import { DatePrecisionSchema, IsoDateSchema } from "./primitives";
import { StatementSchema } from "./statement";

/** Where an editor stands on one drafted record; `ingest:accept` writes only the accepted ones. */
export const ReviewStatusSchema = z.enum(["pending", "accepted", "rejected"]);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** What the machine tells the editor about a drafted record: how sure it is, why, and where in the text. */
export const ReviewSchema = z
  .object({
    status: ReviewStatusSchema.default("pending"),
    confidence: z.number().min(0).max(1),
    /** The words that produced the candidate, e.g. the reporting verb "told" or the qualifier "over". */
    cue: z.string().min(1),
    /** Character offsets of the candidate's passage in the article body, end exclusive. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    notes: z.array(z.string().min(1)).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.end <= value.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `end ${value.end} must be after start ${value.start}` });
    }
  });
export type Review = z.infer<typeof ReviewSchema>;

const reviewed = { review: ReviewSchema };
export const DraftActorSchema = ActorSchema.extend(reviewed);
export const DraftStatementSchema = StatementSchema.extend(reviewed);
export const DraftCountSchema = CountSchema.extend(reviewed);
export const DraftEventSchema = EventSchema.extend(reviewed);
export type DraftActor = z.infer<typeof DraftActorSchema>;
export type DraftStatement = z.infer<typeof DraftStatementSchema>;
export type DraftCount = z.infer<typeof DraftCountSchema>;
export type DraftEvent = z.infer<typeof DraftEventSchema>;

/** A date expression found in the text and what it resolves to against the publication date. */
export const DraftDateSchema = z.object({
  text: z.string().min(1),
  date: IsoDateSchema,
  precision: DatePrecisionSchema,
  earliest: IsoDateSchema.optional(),
  latest: IsoDateSchema.optional(),
  /** The sentence it sits in, verbatim. */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type DraftDate = z.infer<typeof DraftDateSchema>;

/** A paragraph left out because it repeats an earlier one (0-based paragraph numbers). */
export const DroppedParagraphSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  text: z.string().min(1),
  repeats: z.number().int().nonnegative(),
  /** 1 for an exact repeat, below 1 for a near one. */
  similarity: z.number().min(0).max(1),
});
export type DroppedParagraph = z.infer<typeof DroppedParagraphSchema>;

/** `data/drafts/<id>.json`, written by `npm run ingest` (a public contract: add, never rename). */
export const DraftSchema = z.object({
  article: ArticleFrontMatterSchema,
  actors: z.array(DraftActorSchema),
  statements: z.array(DraftStatementSchema),
  counts: z.array(DraftCountSchema),
  events: z.array(DraftEventSchema),
  dates: z.array(DraftDateSchema),
  dropped: z.array(DroppedParagraphSchema),
});
export type Draft = z.infer<typeof DraftSchema>;
