import { utcMonth, utcYear, type TimeInterval } from "d3-time";
import type { DateRange } from "../params/date-range-params";
import type { Metric } from "../schema/count";
import type { FigurePoint, FigureSeries, KeyEvent } from "../queries/figure-point";
import { eventSpan } from "../queries/figure-series";
import { METRIC_STYLE } from "../theme/figure-style";
import type { AxisAnnotation, AxisTick, ChartPath, SameDateLabel } from "./figure-chart-data";
import { isoToMs } from "./chart-geometry";

const DAY_MS = 86_400_000;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Share of the time span left empty at each end, so edge markers are not cut off. */
const X_PADDING_SHARE = 0.035;
/** Padding never smaller than this, so a one-day range still has room. */
const MIN_X_PADDING_DAYS = 6;
/**
 * Steps tried for the time axis, smallest first: every 1, 2, 3, 6 months (counted from January), then
 * every 1, 2, 5 years on 1 January. d3-time's intervals work in UTC, so ticks never shift by time zone.
 */
const TICK_INTERVALS: readonly TimeInterval[] = [1, 2, 3, 6]
  .map((months) => utcMonth.every(months))
  .concat([1, 2, 5].map((years) => utcYear.every(years)))
  .filter((interval): interval is TimeInterval => interval !== null);

/**
 * The span the charts cover: the URL range where given, else the first and last figure.
 * Undefined when there is nothing to draw and no range to show.
 */
export function timeSpan(dates: readonly string[], range: DateRange): { start: string; end: string } | undefined {
  const sorted = [...dates].sort();
  const start = range.from ?? sorted[0];
  const end = range.to ?? sorted.at(-1);
  if (!start || !end) return undefined;
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The span in milliseconds with a little padding either side. */
export function timeDomain(span: { start: string; end: string }): [number, number] {
  const start = isoToMs(span.start);
  const end = isoToMs(span.end);
  const pad = Math.max((end - start) * X_PADDING_SHARE, MIN_X_PADDING_DAYS * DAY_MS);
  return [start - pad, end + pad];
}

/**
 * First-of-month ticks inside the domain, every 1, 2, 3, 6… months so there are at most `maxTicks`;
 * steps of 12 months and more fall on January. Labels are made here, in UTC, so they never shift by time zone.
 */
export function timeTicks(domain: readonly [number, number], maxTicks = 8): AxisTick[] {
  const [from, to] = domain;
  for (const interval of TICK_INTERVALS) {
    // range() excludes its end; the domain's end is a possible tick.
    const dates = interval.range(new Date(from), new Date(to + 1));
    if (dates.length <= maxTicks) {
      return dates.map((date) => ({ value: date.getTime(), label: `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}` }));
    }
  }
  return [];
}

/** A round upper bound for the value axis of counts with evenly spaced ticks from 0, leaving a little headroom. */
// Hand-written rather than d3-scale's nice()/ticks(): those round the step to the nearest 1, 2 or 5, so they give
// up to twice the ticks asked for, and go below 1 (0.5, 0.2) for small counts of people.
export function valueAxis(maxValue: number, targetTicks = 5): { max: number; ticks: number[] } {
  const top = Math.max(maxValue * 1.05, 1);
  const rough = top / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole numbers, so a step is never below 1.
  const step = Math.max(1, [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough && Number.isInteger(s)) ?? 10 * magnitude);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { max, ticks };
}

/** Which metrics a guide line joins: hostages held starts from the number taken on 7 October 2023. */
const GUIDE_MEMBERS: Partial<Record<Metric, readonly Metric[]>> = {
  "hostages-held": ["hostages-taken", "hostages-held"],
  "hostages-taken": [],
};

/** Grey lines through every report of a metric in date order, where the reports span more than one date. */
export function metricGuides(points: readonly FigurePoint[]): ChartPath[] {
  const metrics = [...new Set(points.map((p) => p.metric))];
  return metrics.flatMap((metric) => {
    const members = GUIDE_MEMBERS[metric] ?? [metric];
    const joined = points.filter((p) => members.includes(p.metric));
    if (new Set(joined.map((p) => p.date)).size < 2) return [];
    return [{ key: `guide:${metric}`, colour: "var(--muted)", dash: METRIC_STYLE[metric].dash, pointIds: joined.map((p) => p.id) }];
  });
}

/** Coloured lines for reporters who gave the same figure more than once. */
export function seriesLines(series: readonly FigureSeries[]): ChartPath[] {
  return series
    .filter((s) => s.pointIds.length >= 2)
    .map((s) => ({ key: `series:${s.key}`, colour: s.colour, dash: s.dash, pointIds: [...s.pointIds] }));
}

/** Groups of two or more reports of one metric for one date, with their values side by side. */
export function sameDateLabels(points: readonly FigurePoint[]): SameDateLabel[] {
  const groups = new Map<string, FigurePoint[]>();
  for (const point of points) {
    const key = `${point.metric}|${point.date}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length >= 2)
    .map(([key, members]) => ({
      key,
      metric: members[0]!.metric,
      pointIds: members.map((m) => m.id),
      text: members.map((m) => m.shortValueText).join(" / "),
    }));
}

/** Key events with the milliseconds of the days they may fall on. */
export function axisAnnotations(events: readonly KeyEvent[]): AxisAnnotation[] {
  return events.map((event) => {
    const span = eventSpan(event);
    return { ...event, start: isoToMs(span.start), end: isoToMs(span.end) };
  });
}

/**
 * Positions for a small static chart (home page): x by date across `span`, y from 0 to `maxValue`,
 * inside a `width` × `height` box with `pad` pixels kept free on every side.
 */
export function sparklinePositions(
  points: readonly { id: string; date: string; value: number }[],
  box: { width: number; height: number; pad: number },
  span: { start: string; end: string },
  maxValue: number,
): { id: string; x: number; y: number }[] {
  const start = isoToMs(span.start);
  const length = Math.max(isoToMs(span.end) - start, DAY_MS);
  const top = Math.max(maxValue, 1);
  return points.map((point) => ({
    id: point.id,
    x: box.pad + ((isoToMs(point.date) - start) / length) * (box.width - 2 * box.pad),
    y: box.height - box.pad - (point.value / top) * (box.height - 2 * box.pad),
  }));
}
