import type { FigurePoint } from "./figure-point";

/**
 * How much of the figures /figures draws and lists at once. On the real data (17 figures, 12 key
 * events) nothing is left out; at 1000x a chart would otherwise carry 17,000 points into the HTML
 * and the tooltip layer's props twice over.
 */
export const FIGURE_LIMITS = {
  /** Most points one chart draws and its table lists. */
  pointsPerChart: 120,
  /** Most key events numbered on the time axis and listed under it. */
  keyEvents: 30,
} as const;

export type FigureLimits = { pointsPerChart: number; keyEvents: number };

/** `count` indices spread evenly over 0…length−1, first and last included, ascending and distinct. */
export function evenIndices(length: number, count: number): number[] {
  if (count <= 0 || length <= 0) return [];
  if (count >= length) return Array.from({ length }, (_, i) => i);
  if (count === 1) return [length - 1];
  const picked = new Set<number>();
  for (let i = 0; i < count; i += 1) picked.add(Math.round((i * (length - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b);
}

/**
 * At most `limit` of a chart's points (oldest first), spread evenly over its dates. A day is kept
 * or left out whole, so reports that conflict on one date always appear together; the latest day
 * of each metric is always kept, so the chart ends on what was last reported.
 */
export function sampleFigurePoints(points: readonly FigurePoint[], limit: number): FigurePoint[] {
  if (points.length <= limit) return [...points];
  const days: FigurePoint[][] = [];
  for (const point of points) {
    const last = days.at(-1);
    if (last && last[0]!.date === point.date) last.push(point);
    else days.push([point]);
  }
  const kept = new Set<number>();
  let used = 0;
  const keep = (day: number) => {
    const size = days[day]!.length;
    if (kept.has(day) || used + size > limit) return;
    kept.add(day);
    used += size;
  };
  const latestDayOf = new Map<string, number>();
  days.forEach((day, i) => day.forEach((point) => latestDayOf.set(point.metric, i)));
  [...latestDayOf.values()].sort((a, b) => b - a).forEach(keep);

  const rest = days.map((_, i) => i).filter((i) => !kept.has(i));
  const restPoints = rest.reduce((sum, i) => sum + days[i]!.length, 0);
  // As many days as the remaining budget holds at the average day's size, spread evenly.
  const count = Math.floor(((limit - used) * rest.length) / Math.max(1, restPoints));
  for (const i of evenIndices(rest.length, count)) keep(rest[i]!);
  return days.flatMap((day, i) => (kept.has(i) ? day : []));
}
