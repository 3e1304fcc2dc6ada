import { z } from "zod";
import { MetricSchema } from "../schema/count";
import { FigurePointSchema, KeyEventSchema } from "../queries/figure-point";

/** A key event placed on the time axis: a line for a known day, a band for a month. */
export const AxisAnnotationSchema = KeyEventSchema.extend({
  /** Milliseconds (UTC midnight) of the first and last day the event may fall on. */
  start: z.number(),
  end: z.number(),
});
export type AxisAnnotation = z.infer<typeof AxisAnnotationSchema>;

/** A line through points in date order; `pointIds` refer to the chart's points. */
export const ChartPathSchema = z.object({
  key: z.string(),
  colour: z.string(),
  dash: z.string(),
  pointIds: z.array(z.string()).min(2),
});
export type ChartPath = z.infer<typeof ChartPathSchema>;

/** Reports of one metric for one as-of date, labelled together in the chart so a disagreement is visible. */
export const SameDateLabelSchema = z.object({
  key: z.string(),
  metric: MetricSchema,
  pointIds: z.array(z.string()).min(2),
  /** e.g. "251 / >250". */
  text: z.string(),
});
export type SameDateLabel = z.infer<typeof SameDateLabelSchema>;

export const AxisTickSchema = z.object({ value: z.number(), label: z.string() });
export type AxisTick = z.infer<typeof AxisTickSchema>;

/** Everything the client chart needs, as plain data: points, lines, axes and annotations. */
export const FigureChartDataSchema = z.object({
  id: z.string(),
  title: z.string(),
  points: z.array(FigurePointSchema),
  /** One reporter's own figures for one metric, joined. */
  seriesLines: z.array(ChartPathSchema),
  /** All reports of a metric in date order, whoever reported them: a reading aid, not a reported trend. */
  guides: z.array(ChartPathSchema),
  sameDateLabels: z.array(SameDateLabelSchema),
  annotations: z.array(AxisAnnotationSchema),
  xDomain: z.tuple([z.number(), z.number()]),
  xTicks: z.array(AxisTickSchema),
  yMax: z.number().positive(),
  yTicks: z.array(z.number()),
});
export type FigureChartData = z.infer<typeof FigureChartDataSchema>;
