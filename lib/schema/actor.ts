import { z } from "zod";
import { checkInferredFields, InferencesSchema, IsoDateSchema, SlugSchema, SourcesSchema } from "./primitives";

export const ActorKindSchema = z.enum([
  "state",
  "government-body",
  "armed-group",
  "international-body",
  "news-organisation",
  "person",
  "unnamed-source",
]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** The part an actor plays in these negotiations. */
export const ActorRoleSchema = z.enum(["party", "mediator", "international", "reporter", "other"]);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** One title an actor held, over the dates the sources give, with the passage that gives it. */
export const ActorTitleSchema = z
  .object({
    title: z.string().min(1),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    sources: SourcesSchema,
  })
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `${value.from} is after to (${value.to})` });
    }
  });
export type ActorTitle = z.infer<typeof ActorTitleSchema>;

/**
 * A state, body, group or person that acts or speaks in the sources. People and unnamed
 * sources point at the organisation they speak for, which also gives them its colour.
 */
export const ActorSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1),
  /** Short label for chips and chart legends. */
  shortName: z.string().min(1).max(24),
  kind: ActorKindSchema,
  role: ActorRoleSchema,
  /** Office or function as the sources give it, e.g. "Foreign Ministry spokesman". */
  title: z.string().min(1).optional(),
  /** The organisation a person or sub-body belongs to. */
  organisationId: SlugSchema.optional(),
  description: z.string().min(1),
  /** Other spellings used by the sources (e.g. "Taher Nounou"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Titles over time, each with its source; `title` stays the current one. */
  titles: z.array(ActorTitleSchema).default([]),
  inferred: InferencesSchema,
  sources: SourcesSchema,
}).superRefine(checkInferredFields);
export type Actor = z.infer<typeof ActorSchema>;
