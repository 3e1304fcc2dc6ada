import { z } from "zod";
import { MarkerShapeSchema } from "../schema/marker-shape";
import { MetricSchema, QualifierSchema } from "../schema/count";
import { EventTypeSchema } from "../schema/event";
import { DatePrecisionSchema, IsoDateSchema, SlugSchema } from "../schema/primitives";
import { InferenceNoteSchema } from "./inference-notes";

/** One passage a figure is quoted from, with the article it is in and the link to it. */
export const FigureSourceSchema = z.object({
  articleId: SlugSchema,
  articleTitle: z.string(),
  outlet: z.string().nullable(),
  published: IsoDateSchema,
  quote: z.string(),
  /** `/sources/<articleId>#q-…`, the passage on its source page. */
  href: z.string(),
});
export type FigureSource = z.infer<typeof FigureSourceSchema>;

/**
 * Where a figure stands among the reports of the same metric for the same as-of date:
 * `total` 1 means no other report; more means the reports are shown side by side, never merged.
 */
export const SameDateReportsSchema = z.object({
  position: z.number().int().min(1),
  total: z.number().int().min(1),
  /** True when the reports for that date give different numbers or hedge them differently. */
  valuesDiffer: z.boolean(),
});
export type SameDateReports = z.infer<typeof SameDateReportsSchema>;

/** One reported figure as a chart point and table row: a count, resolved for display. Crosses to the client. */
export const FigurePointSchema = z.object({
  id: SlugSchema,
  metric: MetricSchema,
  metricLabel: z.string(),
  value: z.number().int().nonnegative(),
  qualifier: QualifierSchema,
  /** "over 57,000", "approximately 1,200", "20 to 24". */
  valueText: z.string(),
  /** Bounds where the text gives them (qualifier `range`); the chart plots `value`. */
  low: z.number().int().nonnegative().optional(),
  high: z.number().int().nonnegative().optional(),
  /** "8 troops, 25 civilians": the parts as the text splits the figure. */
  breakdownText: z.string().optional(),
  /** "confirmed dead", "presumed dead". */
  deathStatusText: z.string().optional(),
  /** "~1,200", ">57,000", for labels inside the chart. */
  shortValueText: z.string(),
  /** As-of date: the day the figure describes. */
  date: IsoDateSchema,
  dateText: z.string(),
  /** The `<time>` value, no more precise than the text ("2025-05" for a month). */
  dateTime: z.string().optional(),
  precision: DatePrecisionSchema,
  /** Both ends of a date range, where the text gives one. */
  earliest: IsoDateSchema.optional(),
  latest: IsoDateSchema.optional(),
  dateNote: z.string().optional(),
  /** What we worked out rather than read (the date, the reporter, the link to an event), each with the reason. */
  inferences: z.array(InferenceNoteSchema).optional(),
  /** The (metric, reporter) series this point belongs to. */
  seriesKey: z.string(),
  reporterId: SlugSchema.optional(),
  /** Who reported it: the actor's name, or the article's wording plus the publication and its date. */
  reporterName: z.string(),
  /** The reporter in a few words for labels inside a chart: "IDF", "not attributed; Matzav.com". */
  reporterShort: z.string(),
  /** Attribution as the article words it. */
  attribution: z.string(),
  isAttributed: z.boolean(),
  /** CSS colour (a custom property) of the reporter, usable in SVG. */
  colour: z.string(),
  shape: MarkerShapeSchema,
  note: z.string().optional(),
  event: z.object({ id: SlugSchema, title: z.string(), href: z.string() }).optional(),
  sources: z.array(FigureSourceSchema).min(1),
  /** Where activating the point leads: its first source passage. */
  href: z.string(),
  sameDate: SameDateReportsSchema,
  /** Full sentence for screen readers: value with qualifier, as-of date, who reported it. */
  label: z.string(),
});
export type FigurePoint = z.infer<typeof FigurePointSchema>;

/** Points of one metric from one reporter, oldest first. */
export const FigureSeriesSchema = z.object({
  key: z.string(),
  metric: MetricSchema,
  metricLabel: z.string(),
  reporterName: z.string(),
  reporterId: SlugSchema.optional(),
  isAttributed: z.boolean(),
  colour: z.string(),
  shape: MarkerShapeSchema,
  dash: z.string(),
  pointIds: z.array(SlugSchema).min(1),
});
export type FigureSeries = z.infer<typeof FigureSeriesSchema>;

/** A timeline event drawn on the charts' time axis. */
export const KeyEventSchema = z.object({
  /** 1-based, in date order; the same number marks the event in the chart and in the list below it. */
  number: z.number().int().min(1),
  id: SlugSchema,
  type: EventTypeSchema,
  typeLabel: z.string(),
  title: z.string(),
  date: IsoDateSchema,
  precision: DatePrecisionSchema,
  dateText: z.string(),
  href: z.string(),
});
export type KeyEvent = z.infer<typeof KeyEventSchema>;
