import type { DateRange } from "../params/date-range-params";
import type { Metric } from "../schema/count";
import { METRIC_LABELS } from "../format/format-count";
import type { FigurePoint, KeyEvent } from "../queries/figure-point";
import {
  buildFigurePoints,
  FIGURE_CHARTS,
  groupSeries,
  pointsForMetrics,
  pointsInRange,
  selectKeyEvents,
  type FigureChartId,
  type FigureIndex,
} from "../queries/figure-series";
import { METRIC_STYLE } from "../theme/figure-style";
import type { MarkerShape } from "../schema/marker-shape";
import type { FigureChartView } from "./figure-chart-view";
import { figureChartView, timeSpan } from "./figure-layout";

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
  /** Points inside the date range, oldest first: what the chart draws and the table lists. */
  points: FigurePoint[];
  /** Undefined when the range holds no figure of this chart. */
  view: FigureChartView | undefined;
  legend: FigureLegend;
};

export type FiguresPageView = {
  span: { start: string; end: string } | undefined;
  events: KeyEvent[];
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
 * Both charts of /figures over one shared time span (the URL range, else the span of all figures),
 * so their time axes and event markers line up.
 */
export function figuresPageView(index: FigureIndex, range: DateRange): FiguresPageView {
  const all = buildFigurePoints(index);
  const inRange = pointsInRange(all, range);
  const span = timeSpan(
    inRange.map((p) => p.date),
    range,
  );
  const events = span ? selectKeyEvents(index, span.start, span.end) : [];
  const charts = FIGURE_CHARTS.map((chart): FigureChartSection => {
    const points = pointsForMetrics(inRange, chart.metrics);
    const view =
      span && points.length > 0
        ? figureChartView({ id: chart.id, title: chart.title, points, series: groupSeries(points), events, span })
        : undefined;
    return { id: chart.id, title: chart.title, points, view, legend: figureLegend(points) };
  });
  return { span, events, charts };
}
