// Chart geometry shared by the figure panels and the home page's sparklines. No runtime imports.

/** `YYYY-MM-DD` → milliseconds at UTC midnight: the same number on server and client in any time zone. */
export function isoToMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Approximate width of a 12 px tick digit or comma, and the room left for the tick mark. */
const TICK_CHAR_PX = 7.2;
const TICK_ROOM_PX = 14;

/** Pixels the value axis needs for its longest tick label ("60,000" needs more than "300"). */
export function yAxisWidthFor(ticks: readonly number[]): number {
  const longest = Math.max(1, ...ticks.map((t) => t.toLocaleString("en-GB").length));
  return Math.ceil(longest * TICK_CHAR_PX + TICK_ROOM_PX);
}

/**
 * Spreads markers that would overlap (closer than `gap` pixels in both directions) side by side,
 * keeping their order by date, so two reports are never drawn on top of each other. Returns the x of each id.
 */
export function spreadOverlaps(marks: readonly { id: string; x: number; y: number }[], gap: number): Map<string, number> {
  const ordered = [...marks].sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id));
  const clusters: { id: string; x: number; y: number }[][] = [];
  for (const mark of ordered) {
    const cluster = clusters.find((members) => members.some((m) => Math.abs(m.x - mark.x) < gap && Math.abs(m.y - mark.y) < gap));
    if (cluster) cluster.push(mark);
    else clusters.push([mark]);
  }
  const result = new Map<string, number>();
  for (const cluster of clusters) {
    const centre = cluster.reduce((sum, m) => sum + m.x, 0) / cluster.length;
    cluster.forEach((mark, i) => result.set(mark.id, cluster.length === 1 ? mark.x : centre + (i - (cluster.length - 1) / 2) * gap));
  }
  return result;
}

/**
 * At most `max` items, spread evenly over the list and always keeping the first and the last, so a
 * small decorative chart keeps its shape and its size whatever the number of reports.
 */
export function thinEvenly<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items;
  if (max < 2) return items.slice(-Math.max(max, 0));
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]!);
}
