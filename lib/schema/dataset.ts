import { z } from "zod";
import { ActorSchema } from "./actor";
import { ArticleSchema } from "./article";
import { CorrectionSchema } from "./correction";
import { CountSchema } from "./count";
import { EventSchema } from "./event";
import { ProposalSchema } from "./proposal";
import { StatementSchema } from "./statement";

/** The whole validated dataset; also the shape of `GET /api/dataset` (public contract: add, never rename). */
export const DatasetSchema = z.object({
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  statements: z.array(StatementSchema),
  proposals: z.array(ProposalSchema),
  counts: z.array(CountSchema),
  /** Published fixes to the records above (`/corrections`). */
  corrections: z.array(CorrectionSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** The fixture files and the schema each one's array must satisfy. */
export const FIXTURE_FILES = {
  actors: { file: "actors.json", schema: z.array(ActorSchema) },
  events: { file: "events.json", schema: z.array(EventSchema) },
  statements: { file: "statements.json", schema: z.array(StatementSchema) },
  proposals: { file: "proposals.json", schema: z.array(ProposalSchema) },
  counts: { file: "counts.json", schema: z.array(CountSchema) },
  corrections: { file: "corrections.json", schema: z.array(CorrectionSchema) },
} as const;
