import type { DateRange } from "../params/date-range-params";
import type { Metric } from "../schema/count";
import { METRIC_LABELS } from "../format/format-count";
import type { FigurePoint, KeyEvent } from "../queries/figure-point";
import {
  figurePoints,
  FIGURE_CHARTS,
  pointsForMetrics,
  pointsInRange,
  keyEventsInSpan,
  type FigureChartId,
  type FigureIndex,
} from "../queries/figure-series";
import { METRIC_STYLE } from "../theme/figure-style";
import type { MarkerShape } from "../schema/marker-shape";
import type { FigurePanel } from "./figure-chart-data";
import { FIGURE_LIMITS, sampleFigurePoints, type FigureLimits } from "../queries/figure-sample";
import { timeSpan } from "./figure-layout";
import { figurePanel } from "./figure-panel-layout";
import { hostageCompositions, type HostageComposition } from "./hostage-composition";

/** Key to one chart: what each shape means and whom each colour stands for. */
export type FigureLegend = {
  metrics: { metric: Metric; label: string; shape: MarkerShape; dash: string }[];
  /** Attributed reporters, each with its colour and the shapes of the figures it gave. */
  reporters: { name: string; colour: string; shapes: MarkerShape[] }[];
  hasUnattributed: boolean;
};

export type FigureChartSection = {
  id: FigureChartId;
  title: string;
  /** Points the chart draws and the table lists, oldest first: all inside the date range, or an even sample of them when there are more than the limit. */
  points: FigurePoint[];
  /** How many of this chart's figures lie inside the date range (more than `points` when sampled). */
  totalInRange: number;
  /** One small chart per measure the data holds; empty when the range holds no figure of this section. */
  panels: FigurePanel[];
  /** Measures the data holds but the range does not: named, so a reader knows they exist. */
  emptyPanels: string[];
  /** The latest split of hostages held into alive and dead that one article gives, within the range. */
  composition: HostageComposition | undefined;
  legend: FigureLegend;
};

export type FigureChartsData = {
  span: { start: string; end: string } | undefined;
  /** Key events on the time axis: all inside the span, or an even sample of them. */
  events: KeyEvent[];
  /** How many key events lie inside the span. */
  eventsTotal: number;
  charts: FigureChartSection[];
};

/** Shapes for the metrics present; attributed reporters with their colour and shapes; unattributed figures apart. */
export function figureLegend(points: readonly FigurePoint[]): FigureLegend {
  const metrics = [...new Set(points.map((p) => p.metric))].map((metric) => ({
    metric,
    label: METRIC_LABELS[metric],
    ...METRIC_STYLE[metric],
  }));
  // Several reporters can share a colour (a state and its army), so each is listed with its own shapes.
  const byName = new Map<string, { name: string; colour: string; shapes: MarkerShape[] }>();
  for (const point of points.filter((p) => p.isAttributed)) {
    const entry = byName.get(point.reporterName) ?? { name: point.reporterName, colour: point.colour, shapes: [] };
    if (!entry.shapes.includes(point.shape)) entry.shapes.push(point.shape);
    byName.set(point.reporterName, entry);
  }
  const reporters = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { metrics, reporters, hasUnattributed: points.some((p) => !p.isAttributed) };
}

/**
 * The sections of /figures, each a small chart per measure, all over one shared time span (the URL
 * range, else the span of all figures), so their time axes and event markers line up. Each chart draws at most `limits.pointsPerChart`
 * points and the axis at most `limits.keyEvents` events, spread evenly over the span, so the page
 * stays small at any data size; the span is that of every figure in the range.
 */
export function figureChartsData(index: FigureIndex, range: DateRange, limits: FigureLimits = FIGURE_LIMITS): FigureChartsData {
  const all = figurePoints(index);
  const inRange = pointsInRange(all, range);
  const span = timeSpan(
    inRange.map((p) => p.date),
    range,
  );
  const { events, total: eventsTotal } = span ? keyEventsInSpan(index, span.start, span.end, limits.keyEvents) : { events: [], total: 0 };
  const present = new Set(all.map((point) => point.metric));
  const shownCharts = FIGURE_CHARTS.filter((chart) => !("isOptional" in chart) || chart.metrics.some((metric) => present.has(metric)));
  const charts = shownCharts.map((chart): FigureChartSection => {
    const inChart = pointsForMetrics(inRange, chart.metrics);
    const points = sampleFigurePoints(inChart, limits.pointsPerChart);
    const held = chart.panels.filter((panel) => panel.metrics.some((metric) => present.has(metric)));
    const drawn = span && points.length > 0 ? held.filter((panel) => points.some((p) => (panel.metrics as readonly Metric[]).includes(p.metric))) : [];
    const panels = drawn.map((panel) =>
      figurePanel({ key: panel.metrics.join("+"), title: panel.title, metrics: panel.metrics, points: pointsForMetrics(points, panel.metrics), events, span: span! }),
    );
    return {
      id: chart.id,
      title: chart.title,
      points,
      totalInRange: inChart.length,
      panels,
      emptyPanels: points.length > 0 ? held.filter((panel) => !drawn.includes(panel)).map((panel) => panel.title) : [],
      composition: hostageCompositions(points).at(-1),
      legend: figureLegend(points),
    };
  });
  return { span, events, eventsTotal, charts };
}
