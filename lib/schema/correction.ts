import { z } from "zod";
import { IsoDateSchema, SlugSchema, SourceRefSchema } from "./primitives";

/** Which kind of record a correction is about; each kind has its own ids (and permalinks). */
export const CorrectionRecordKindSchema = z.enum(["actor", "event", "statement", "proposal", "count", "article"]);
export type CorrectionRecordKind = z.infer<typeof CorrectionRecordKindSchema>;

/** The dataset collection that holds each kind of record. */
export const RECORD_COLLECTIONS = {
  actor: "actors",
  event: "events",
  statement: "statements",
  proposal: "proposals",
  count: "counts",
  article: "articles",
} as const satisfies Record<CorrectionRecordKind, string>;

/** `merged` and `removed` take the record out of the data; its permalink then answers with a notice. */
export const RETIRING_ACTIONS: ReadonlySet<string> = new Set(["merged", "removed"]);

/**
 * What the correction did to the record. `merged` and `removed` retire the record's id: it no longer
 * exists in the data, but its permalink answers with a notice.
 */
export const CorrectionActionSchema = z.enum(["edited", "added", "merged", "removed"]);
export type CorrectionAction = z.infer<typeof CorrectionActionSchema>;

/** The editorial audit's categories (docs/editorial-standards.md). */
export const CorrectionCategorySchema = z.enum([
  "unsupported-assertion",
  "summary-overreach",
  "date-precision",
  "unsupported-link",
  "editorialising",
  "identity",
  "duplicate",
  "merge",
  "omission",
  "article-error",
]);
export type CorrectionCategory = z.infer<typeof CorrectionCategorySchema>;

/**
 * One published fix to one record (`data/corrections.json`, public on `/corrections`). Rules across
 * records (the record exists or was retired, `mergedInto`, `before`/`after` for edits, dates, unique ids)
 * are checked in `lib/checks/corrections.ts`.
 */
export const CorrectionSchema = z.object({
  id: SlugSchema,
  /** The day the fix landed. */
  date: IsoDateSchema,
  recordKind: CorrectionRecordKindSchema,
  recordId: SlugSchema,
  action: CorrectionActionSchema,
  /** The field that changed, e.g. `venue` or `provisions.truceLength`. */
  field: z.string().min(1).optional(),
  /** The value as text (JSON for structured values) before and after the fix. */
  before: z.string().optional(),
  after: z.string().optional(),
  /** For `merged`: the record (same kind) that now holds this one. */
  mergedInto: SlugSchema.optional(),
  category: CorrectionCategorySchema,
  /** Why, in a sentence a reader can follow. */
  reason: z.string().trim().min(1, "say why the record was corrected"),
  /** The passages that show what the article says, verbatim. */
  evidence: z.array(SourceRefSchema).min(1, "every correction cites the passage it rests on"),
});
export type Correction = z.infer<typeof CorrectionSchema>;
