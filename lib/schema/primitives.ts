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
 * `month`: only the month; `year`: only the year; `range`: between `earliest` and `latest`
 * ("has since pledged": after one date, before the article).
 */
export const DatePrecisionSchema = z.enum(["day", "approximate", "month", "year", "range"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** Where a fact comes from: an article and a passage copied verbatim from it. */
export const SourceRefSchema = z.object({
  articleId: SlugSchema,
  quote: z.string().trim().min(8, "quote is too short to verify (8 characters at least)"),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SourcesSchema = z.array(SourceRefSchema).min(1, "every fact needs at least one source");

/**
 * Something we worked out rather than read: which field of the record (`date`, `speakerId`, `eventId`…)
 * and why. Pages show it as our inference, apart from what the article says.
 */
export const InferenceSchema = z.object({
  field: z.string().min(1),
  reason: z.string().min(1),
});
export type Inference = z.infer<typeof InferenceSchema>;
export const InferencesSchema = z.array(InferenceSchema).default([]);

type RangeFields = { date: string; precision: DatePrecision; earliest?: string; latest?: string };

/**
 * A range needs both ends, in order, around `date`, and precision `range` says so: one rule for facts
 * and status changes, so every dated thing reports the same reasons.
 */
export function checkDateRange(value: RangeFields, ctx: z.RefinementCtx): void {
  const { date, precision, earliest, latest } = value;
  if ((earliest === undefined) !== (latest === undefined)) {
    const missing = earliest === undefined ? "earliest" : "latest";
    ctx.addIssue({ code: "custom", path: [missing], message: `a date range needs both earliest and latest; ${missing} is missing` });
    return;
  }
  if (earliest === undefined || latest === undefined) {
    if (precision === "range") {
      ctx.addIssue({ code: "custom", path: ["precision"], message: 'is "range" but earliest and latest are missing' });
    }
    return;
  }
  if (earliest > latest) {
    ctx.addIssue({ code: "custom", path: ["earliest"], message: `earliest ${earliest} is after latest ${latest}` });
    return;
  }
  if (date < earliest || date > latest) {
    ctx.addIssue({ code: "custom", path: ["date"], message: `${date} lies outside its range ${earliest} to ${latest}` });
  }
  if (precision !== "range") {
    ctx.addIssue({ code: "custom", path: ["precision"], message: `is "${precision}" but earliest and latest make it a range: use "range"` });
  }
}

/** Each inference must name a field the record has, or a reader could not tell what it qualifies. */
export function checkInferredFields(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const inferred = value.inferred;
  if (!Array.isArray(inferred)) return;
  inferred.forEach((inference: Inference, index) => {
    // The top-level field of a path such as `provisions.truceLength` or `statusHistory[1]`; `search` and
    // `slice` rather than `split`, which built an array for each of the 80,000 inferences at 1000x.
    const end = inference.field.search(/[.[]/);
    const field = end === -1 ? inference.field : inference.field.slice(0, end);
    if (!(field in value)) {
      ctx.addIssue({ code: "custom", path: ["inferred", index, "field"], message: `names "${inference.field}", which this record does not have` });
    }
  });
}

/** Date fields shared by dated facts: a sortable date plus how precise it is and why. */
export const DatedSchema = z
  .object({
    /** The sortable date; for a range, by convention its earliest day. */
    date: IsoDateSchema,
    precision: DatePrecisionSchema,
    /** Both ends of a range where the text gives one ("since March 18", "by late May"). */
    earliest: IsoDateSchema.optional(),
    latest: IsoDateSchema.optional(),
    /** Human wording when the precision alone reads badly, e.g. "Late May 2025". */
    dateLabel: z.string().min(1).optional(),
    /** How the date was worked out from the text, e.g. "'Wednesday' in an article of 25 June 2025". */
    dateNote: z.string().min(1).optional(),
    inferred: InferencesSchema,
  })
  .superRefine((value, ctx) => {
    checkDateRange(value, ctx);
    checkInferredFields(value, ctx);
  });
