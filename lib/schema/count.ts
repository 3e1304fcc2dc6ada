import { z } from "zod";
import { DatedSchema, SlugSchema, SourcesSchema } from "./primitives";

export const MetricSchema = z.enum([
  "hostages-taken",
  "hostages-held",
  "hostages-alive",
  "hostages-dead",
  "hostages-of-concern",
  "deaths-gaza",
  "deaths-israel-oct7",
]);
/** What a figure counts. */
export type Metric = z.infer<typeof MetricSchema>;

export const QualifierSchema = z.enum(["exact", "approximately", "over", "at-least"]);
/** How the source hedges the number: "over 57,000" is `over`, "around 1,200" is `approximately`. */
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * A figure as one source reports it. Conflicting figures are separate counts, never merged.
 * `date` is the day the figure describes (as-of date); the source article's date is when it was reported.
 */
export const CountSchema = DatedSchema.extend({
  id: SlugSchema,
  metric: MetricSchema,
  value: z.number().int().nonnegative(),
  qualifier: QualifierSchema,
  /** Who the article credits with the figure; absent when the article gives it unattributed. */
  reportedById: SlugSchema.optional(),
  /** Attribution as worded in the text, e.g. "according to the IDF", "Israel claims". */
  attribution: z.string().min(1),
  /** Breakdown or scope the text adds, e.g. "eight troops and 25 civilians". */
  note: z.string().min(1).optional(),
  eventId: SlugSchema.optional(),
  sources: SourcesSchema,
});
export type Count = z.infer<typeof CountSchema>;
