import { z } from "zod";
import { MetricSchema } from "../schema/count";
import { FigurePointSchema, KeyEventSchema } from "../queries/figure-point";

// The shapes of one small chart (a "panel") as the server draws it. Every coordinate is in the panel's
// viewBox units: the SVG scales as a whole, so whatever does not overlap here overlaps at no width.

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

const BoxSchema = z.object({ left: z.number(), top: z.number(), width: z.number(), height: z.number() });

/** A tick placed on an axis: its position and label. */
export const PlacedTickSchema = z.object({ at: z.number(), label: z.string() });

/** One figure's marker: the point and where it is drawn (spread sideways from its date when reports share a spot). */
export const PanelMarkSchema = z.object({ point: FigurePointSchema, x: z.number(), y: z.number() });
export type PanelMark = z.infer<typeof PanelMarkSchema>;

/** A drawn line: a guide (grey, every report of a metric) or one reporter's own series (its colour). */
export const PanelLineSchema = ChartPathSchema.omit({ pointIds: true }).extend({ d: z.string(), isGuide: z.boolean() });

/** The low–high range a figure's text gives, as a band behind its marker(s). */
export const PanelBandSchema = z.object({ key: z.string(), colour: z.string(), d: z.string() });

export const PanelTextSchema = z.object({ key: z.string(), x: z.number(), y: z.number(), anchor: z.enum(["start", "middle", "end"]), text: z.string() });

/**
 * The latest report of a measure, labelled at the end of its line (as Our World in Data labels lines):
 * the value as hedged, who reported it and the as-of date, so the current figure reads without hovering.
 */
export const LatestLabelSchema = z.object({
  pointId: z.string(),
  valueText: z.string(),
  /** Who reported it, wrapped to the label's width. */
  reporterLines: z.array(z.string()),
  dateText: z.string(),
  /** The figure in words for screen readers ("~" and short dates read badly aloud). */
  description: z.string(),
  /** Top-left of the label block, and the marker it names (for the leader line when the label had to move). */
  x: z.number(),
  y: z.number(),
  markX: z.number(),
  markY: z.number(),
});
export type LatestLabel = z.infer<typeof LatestLabelSchema>;

/** A marker above the plot for one key event, or for several close together (a range marker listing them). */
export const EventMarkerSchema = z.object({
  key: z.string(),
  /** Centre and width of the marker. */
  x: z.number(),
  width: z.number(),
  /** "4", or "3–5" for a range marker. */
  text: z.string(),
  events: z.array(AxisAnnotationSchema).min(1),
});
export type EventMarker = z.infer<typeof EventMarkerSchema>;

/** A key event's line (known day) or band (month or range) across the plot. */
export const EventSpanSchema = z.object({ key: z.string(), x1: z.number(), x2: z.number(), isApproximate: z.boolean() });

/** One small chart: one measure (or one measure and where it starts), its own value axis, the shared time axis. */
export const FigurePanelSchema = z.object({
  key: z.string(),
  title: z.string(),
  metrics: z.array(MetricSchema),
  width: z.number(),
  height: z.number(),
  plot: BoxSchema,
  xTicks: z.array(PlacedTickSchema),
  yTicks: z.array(PlacedTickSchema),
  marks: z.array(PanelMarkSchema),
  lines: z.array(PanelLineSchema),
  bands: z.array(PanelBandSchema),
  sameDateLabels: z.array(PanelTextSchema),
  latestLabels: z.array(LatestLabelSchema),
  eventSpans: z.array(EventSpanSchema),
  eventMarkers: z.array(EventMarkerSchema),
  /** Centre y of the event markers' row. */
  eventRowY: z.number(),
});
export type FigurePanel = z.infer<typeof FigurePanelSchema>;
