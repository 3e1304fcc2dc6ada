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
  "hostages-released",
  "prisoners-released",
  "people-displaced",
]);
/** What a figure counts. */
export type Metric = z.infer<typeof MetricSchema>;

export const QualifierSchema = z.enum(["exact", "approximately", "over", "at-least", "nearly", "up-to", "range"]);
/**
 * How the source hedges the number: "over 57,000" is `over`, "around 1,200" is `approximately`,
 * "nearly 60,000" is `nearly`, "between 20 and 24" is `range` (with `low` and `high`).
 */
export type Qualifier = z.infer<typeof QualifierSchema>;

/** One part of a figure as the text splits it, e.g. `{ label: "troops", value: 8 }`. */
export const BreakdownPartSchema = z.object({
  label: z.string().min(1),
  value: z.number().int().nonnegative(),
});

/** Whether the dead are confirmed or presumed, as the source says. */
export const DeathStatusSchema = z.enum(["confirmed", "presumed"]);
export type DeathStatus = z.infer<typeof DeathStatusSchema>;

const DEATH_METRICS: ReadonlySet<Metric> = new Set(["hostages-dead", "deaths-gaza", "deaths-israel-oct7"]);

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
  /** Bounds where the text gives them ("between 20 and 24"): both or neither, around `value`. */
  low: z.number().int().nonnegative().optional(),
  high: z.number().int().nonnegative().optional(),
  /** The parts the text splits the figure into ("eight troops and 25 civilians" of 33). */
  breakdown: z.array(BreakdownPartSchema).min(2, "a breakdown has two parts at least").optional(),
  /** For deaths: whether the source counts them as confirmed or presumed dead. */
  deathStatus: DeathStatusSchema.optional(),
  eventId: SlugSchema.optional(),
  sources: SourcesSchema,
}).superRefine((value, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const { low, high } = value;
  if ((low === undefined) !== (high === undefined)) {
    issue(low === undefined ? "low" : "high", "bounds come in pairs: give both low and high");
  } else if (low !== undefined && high !== undefined) {
    if (low > high) issue("low", `low ${low} is above high ${high}`);
    else if (value.value < low || value.value > high) issue("value", `${value.value} lies outside its bounds ${low} to ${high}`);
    if (value.qualifier !== "range") issue("qualifier", `is "${value.qualifier}" but low and high make it a range: use "range"`);
  } else if (value.qualifier === "range") {
    issue("qualifier", 'is "range" but low and high are missing');
  }
  if (value.breakdown && value.qualifier === "exact") {
    const sum = value.breakdown.reduce((total, part) => total + part.value, 0);
    if (sum !== value.value) issue("breakdown", `parts add up to ${sum}, not the exact value ${value.value}`);
  }
  if (value.deathStatus && !DEATH_METRICS.has(value.metric)) {
    issue("deathStatus", `only figures of deaths have one; this figure counts "${value.metric}"`);
  }
});
export type Count = z.infer<typeof CountSchema>;
