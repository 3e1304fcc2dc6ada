import { formatShortDate } from "../format/format-date";
import type { Metric } from "../schema/count";
import type { FigurePoint, KeyEvent } from "../queries/figure-point";
import { groupSeries, latestReports } from "../queries/figure-series";
import { isoToMs, spreadOverlaps, yAxisWidthFor } from "./chart-geometry";
import { placeEventMarkers } from "./event-markers";
import type { ChartPath, FigurePanel, LatestLabel, PanelMark } from "./figure-chart-data";
import { axisAnnotations, metricGuides, sameDateLabels, seriesLines, timeDomain, timeTicks, valueAxis } from "./figure-layout";
import { stackLabels, wrapWords } from "./label-layout";

/**
 * One panel's geometry in viewBox units. The SVG scales to its box (about 300 px on a phone, 350 px in
 * the three-column grid), so a unit is about a pixel and 11-unit text reads as 10–12 px text.
 */
export const PANEL = {
  width: 320,
  /** Centre of the row of key-event markers above the plot. */
  eventRowY: 11,
  plotTop: 36,
  plotHeight: 116,
  /** Below the plot: the time axis labels. */
  axisHeight: 22,
  /** Right of the plot: the latest values' labels. */
  gutter: 104,
  labelGap: 8,
  markRadius: 4.5,
  /** Least distance between two marker centres of the same spot, so conflicting reports sit side by side. */
  markGap: 11,
  /** Label text sizes and line heights. */
  valueSize: 15,
  valueLine: 16,
  smallSize: 10.5,
  smallLine: 12,
  /** Least room for one time-axis label ("Jan 2025"). */
  tickSpacing: 54,
} as const;

const HEADROOM = 1.12;

export type PanelInput = {
  key: string;
  title: string;
  metrics: readonly Metric[];
  /** The panel's points in the range, oldest first. */
  points: readonly FigurePoint[];
  events: readonly KeyEvent[];
  span: { start: string; end: string };
};

function pathThrough(ids: readonly string[], positions: ReadonlyMap<string, { x: number; y: number }>): string {
  return ids
    .flatMap((id) => {
      const p = positions.get(id);
      return p ? [`${p.x.toFixed(1)},${p.y.toFixed(1)}`] : [];
    })
    .map((xy, i) => `${i === 0 ? "M" : "L"}${xy}`)
    .join("");
}

/** Year-only labels when every tick is a 1 January, which is all a reader needs there. */
function tickLabel(tick: { value: number; label: string }, isYearly: boolean): string {
  return isYearly ? tick.label.slice(-4) : tick.label;
}

/** The metrics whose latest report is the panel's latest: those are labelled at the line end. */
function labelledMetrics(points: readonly FigurePoint[], metrics: readonly Metric[]): Metric[] {
  const latest = points.at(-1)?.date;
  return metrics.filter((metric) => points.some((p) => p.metric === metric && p.date === latest));
}

/** The as-of date as short as it can be said without claiming more precision than the text gives. */
function labelDate(point: FigurePoint): string {
  return point.precision === "day" ? formatShortDate(point.date) : point.dateText;
}

/** Lays out one small chart: its own value axis from zero, the shared time axis, lines, markers and labels. */
export function figurePanel(input: PanelInput): FigurePanel {
  const { points } = input;
  const y = valueAxis(Math.max(0, ...points.map((p) => p.high ?? p.value)) * HEADROOM, 3);
  const left = yAxisWidthFor(y.ticks) - 4;
  const plot = { left, top: PANEL.plotTop, width: PANEL.width - left - PANEL.gutter, height: PANEL.plotHeight };
  // Room at each end for reports of one day set side by side, whatever the span.
  const [start, end] = timeDomain(input.span);
  const edge = ((end - start) * PANEL.markGap) / plot.width;
  const [d0, d1] = [start - edge, end + edge];
  const height = PANEL.plotTop + PANEL.plotHeight + PANEL.axisHeight;
  const xOf = (ms: number) => plot.left + ((ms - d0) / (d1 - d0)) * plot.width;
  const yOf = (value: number) => plot.top + plot.height - (value / y.max) * plot.height;

  const raw = points.map((point) => ({ id: point.id, x: xOf(isoToMs(point.date)), y: yOf(point.value) }));
  const spread = spreadOverlaps(raw, PANEL.markGap);
  // Kept inside the plot: with hundreds of reports (a sampled range) a cluster could be spread past its edges.
  const inPlot = (x: number) => Math.min(Math.max(x, plot.left), plot.left + plot.width);
  const positions = new Map(raw.map((m) => [m.id, { x: inPlot(spread.get(m.id) ?? m.x), y: m.y }]));
  const marks: PanelMark[] = points.map((point) => ({ point, ...positions.get(point.id)! }));

  const toLine = (path: ChartPath, isGuide: boolean) => ({ key: path.key, colour: path.colour, dash: path.dash, d: pathThrough(path.pointIds, positions), isGuide });
  const lines = [...metricGuides(points).map((g) => toLine(g, true)), ...seriesLines(groupSeries(points)).map((s) => toLine(s, false))];

  // A range the text gives (20 to 24) is a band: across a reporter's consecutive ranged figures, or a bar for one.
  const bands = groupSeries(points).flatMap((series) => {
    const ranged = series.pointIds.flatMap((id) => {
      const mark = marks.find((m) => m.point.id === id);
      return mark && mark.point.low !== undefined && mark.point.high !== undefined ? [{ x: mark.x, low: yOf(mark.point.low), high: yOf(mark.point.high) }] : [];
    });
    if (ranged.length === 0) return [];
    const half = PANEL.markRadius;
    const outline =
      ranged.length === 1
        ? [`${ranged[0]!.x - half},${ranged[0]!.high}`, `${ranged[0]!.x + half},${ranged[0]!.high}`, `${ranged[0]!.x + half},${ranged[0]!.low}`, `${ranged[0]!.x - half},${ranged[0]!.low}`]
        : [...ranged.map((r) => `${r.x},${r.high}`), ...[...ranged].reverse().map((r) => `${r.x},${r.low}`)];
    return [{ key: `band:${series.key}`, colour: series.colour, d: `M${outline.join("L")}Z` }];
  });

  const sameDate = sameDateLabels(points).flatMap((label) => {
    const members = label.pointIds.flatMap((id) => positions.get(id) ?? []);
    if (members.length === 0) return [];
    const xs = members.map((m) => m.x);
    const x = xs.reduce((sum, v) => sum + v, 0) / xs.length;
    const nearLeft = x - plot.left < 40;
    const nearRight = plot.left + plot.width - x < 40;
    return [
      {
        key: label.key,
        x: nearLeft ? Math.min(...xs) - PANEL.markRadius : nearRight ? Math.max(...xs) + PANEL.markRadius : x,
        y: Math.min(...members.map((m) => m.y)) - PANEL.markRadius - 5,
        anchor: nearLeft ? ("start" as const) : nearRight ? ("end" as const) : ("middle" as const),
        text: label.text,
      },
    ];
  });

  const labelX = plot.left + plot.width + PANEL.labelGap;
  const labelWidth = PANEL.width - labelX - 2;
  const latest = labelledMetrics(points, input.metrics).flatMap((metric) => latestReports(points, metric));
  const drafts = latest.map((point) => {
    const reporterLines = wrapWords(point.reporterShort, labelWidth, PANEL.smallSize);
    const mark = positions.get(point.id)!;
    return { point, mark, reporterLines, height: PANEL.valueLine + (reporterLines.length + 1) * PANEL.smallLine };
  });
  const tops = stackLabels(
    drafts.map((d) => ({ id: d.point.id, anchor: d.mark.y, height: d.height, offset: PANEL.valueLine * 0.65 })),
    { top: PANEL.plotTop - 10, bottom: height - 2 },
  );
  const latestLabels: LatestLabel[] = drafts.map((d) => ({
    pointId: d.point.id,
    valueText: d.point.shortValueText,
    reporterLines: d.reporterLines,
    dateText: labelDate(d.point),
    description: `Latest report. ${d.point.label}`,
    x: labelX,
    y: tops.get(d.point.id)!,
    markX: d.mark.x,
    markY: d.mark.y,
  }));

  const annotations = axisAnnotations(input.events).filter((a) => a.end >= d0 && a.start <= d1);
  const eventSpans = annotations.map((a) => ({
    key: a.id,
    x1: Math.max(xOf(a.start), plot.left),
    x2: Math.min(xOf(a.end), plot.left + plot.width),
    isApproximate: a.precision === "approximate",
  }));
  const eventMarkers = placeEventMarkers(
    annotations.map((annotation) => ({ annotation, x: xOf((annotation.start + annotation.end) / 2) })),
    { min: plot.left - 6, max: plot.left + plot.width + 6 },
  );

  const ticks = timeTicks([d0, d1], Math.max(2, Math.floor(plot.width / PANEL.tickSpacing)));
  const isYearly = ticks.every((tick) => new Date(tick.value).getUTCMonth() === 0);
  return {
    key: input.key,
    title: input.title,
    metrics: [...input.metrics],
    width: PANEL.width,
    height,
    plot,
    xTicks: ticks.map((tick) => ({ at: xOf(tick.value), label: tickLabel(tick, isYearly) })),
    yTicks: y.ticks.map((value) => ({ at: yOf(value), label: value.toLocaleString("en-GB") })),
    marks,
    lines,
    bands,
    sameDateLabels: sameDate,
    latestLabels,
    eventSpans,
    eventMarkers,
    eventRowY: PANEL.eventRowY,
  };
}
