import { z } from "zod";

/**
 * A calendar date written `YYYY-MM-DD`; rejects impossible dates such as 2025-02-30 or 2025-02-29
 * (zod's ISO date format knows month lengths and leap years). One message for a malformed and an
 * impossible date alike, so `npm run check-data` says both what is wrong and what is wanted.
 */
export const IsoDateSchema = z.iso.date({
  // Only for a string in the wrong form: a missing value or a number keeps zod's own message.
  error: (issue) => (issue.code === "invalid_format" ? "is not a real calendar date written YYYY-MM-DD" : undefined),
});
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Lower-case slug used in permalinks; public contract, never renamed once published. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug (a-z, 0-9, single hyphens)");

/**
 * How exactly a date is known. `day`: the text fixes the day; `approximate`: within a few days;
 * `month`: only the month; `year`: only the year.
 */
export const DatePrecisionSchema = z.enum(["day", "approximate", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** Where a fact comes from: an article and a passage copied verbatim from it. */
export const SourceRefSchema = z.object({
  articleId: SlugSchema,
  quote: z.string().trim().min(8, "quote is too short to verify (8 characters at least)"),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SourcesSchema = z.array(SourceRefSchema).min(1, "every fact needs at least one source");

/** Date fields shared by dated facts: a sortable date plus how precise it is and why. */
export const DatedSchema = z.object({
  date: IsoDateSchema,
  precision: DatePrecisionSchema,
  /** Human wording when the precision alone reads badly, e.g. "Late May 2025". */
  dateLabel: z.string().min(1).optional(),
  /** How the date was worked out from the text, e.g. "'Wednesday' in an article of 25 June 2025". */
  dateNote: z.string().min(1).optional(),
});
