import type { AxisAnnotation, EventMarker } from "./figure-chart-data";

/** Size of an event marker in panel units: a disc for one event, a pill wide enough for "10–12". */
export const EVENT_MARKER = { radius: 8, charWidth: 6.4, padding: 5, gap: 3 } as const;

/** "4" for one event, "3–5" for a run of numbers, "3, 7" otherwise. */
export function eventMarkerText(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (sorted.length === 1) return String(first);
  return last - first === sorted.length - 1 ? `${first}–${last}` : sorted.join(", ");
}

export function eventMarkerWidth(text: string): number {
  return Math.max(2 * EVENT_MARKER.radius, text.length * EVENT_MARKER.charWidth + 2 * EVENT_MARKER.padding);
}

type Placed = { annotation: AxisAnnotation; x: number };

/**
 * Key-event markers in one row that never overlap: events whose markers would touch are merged into one
 * range marker that lists them all, until every marker has `gap` to spare. Markers stay inside
 * [min, max]; a merged marker sits midway between its first and last event.
 */
export function placeEventMarkers(events: readonly Placed[], bounds: { min: number; max: number }, gap: number = EVENT_MARKER.gap): EventMarker[] {
  let clusters = [...events].sort((a, b) => a.x - b.x || a.annotation.number - b.annotation.number).map((event) => [event]);
  const place = (cluster: Placed[]): EventMarker => {
    const text = eventMarkerText(cluster.map((e) => e.annotation.number));
    const width = eventMarkerWidth(text);
    const centre = (cluster[0]!.x + cluster.at(-1)!.x) / 2;
    const low = bounds.min + width / 2;
    const high = bounds.max - width / 2;
    const x = low > high ? (bounds.min + bounds.max) / 2 : Math.min(Math.max(centre, low), high);
    const ordered = [...cluster].sort((a, b) => a.annotation.number - b.annotation.number);
    return { key: ordered.map((e) => e.annotation.id).join("+"), x, width, text, events: ordered.map((e) => e.annotation) };
  };
  for (;;) {
    const markers = clusters.map(place);
    const clash = markers.findIndex((m, i) => {
      const next = markers[i + 1];
      return next !== undefined && m.x + m.width / 2 + gap > next.x - next.width / 2;
    });
    if (clash === -1) return markers;
    clusters = [...clusters.slice(0, clash), [...clusters[clash]!, ...clusters[clash + 1]!], ...clusters.slice(clash + 2)];
  }
}
