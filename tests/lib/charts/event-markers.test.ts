import { describe, expect, it } from "vitest";
import { eventMarkerText, eventMarkerWidth, placeEventMarkers } from "@/lib/charts/event-markers";
import type { AxisAnnotation } from "@/lib/charts/figure-chart-data";

function at(number: number, x: number): { annotation: AxisAnnotation; x: number } {
  const annotation: AxisAnnotation = {
    number,
    id: `e${number}`,
    type: "talks",
    typeLabel: "Talks",
    title: `Event ${number}`,
    date: "2025-01-01",
    precision: "day",
    dateText: "1 January 2025",
    href: `/events/e${number}`,
    start: 0,
    end: 0,
  };
  return { annotation, x };
}

/** True when no two markers' boxes (centre ± width/2) come closer than `gap`. */
function apart(markers: readonly { x: number; width: number }[], gap: number): boolean {
  const sorted = [...markers].sort((a, b) => a.x - b.x);
  return sorted.every((m, i) => i === 0 || m.x - m.width / 2 >= sorted[i - 1]!.x + sorted[i - 1]!.width / 2 + gap - 1e-9);
}

describe("eventMarkerText", () => {
  it.each([
    [[4], "4"],
    [[5, 3, 4], "3–5"],
    [[3, 7], "3, 7"],
  ])("%j → %s", (numbers, text) => {
    expect(eventMarkerText(numbers)).toBe(text);
  });
});

describe("placeEventMarkers", () => {
  const bounds = { min: 0, max: 300 };

  it("keeps events far apart as one marker each, at their own places", () => {
    const markers = placeEventMarkers([at(1, 20), at(2, 150), at(3, 280)], bounds);
    expect(markers.map((m) => [m.text, m.x])).toEqual([
      ["1", 20],
      ["2", 150],
      ["3", 280],
    ]);
  });

  it("merges events whose markers would touch into one range marker that lists them all", () => {
    const markers = placeEventMarkers([at(1, 20), at(2, 100), at(3, 104), at(4, 108)], bounds);
    expect(markers.map((m) => m.text)).toEqual(["1", "2–4"]);
    expect(markers[1]!.events.map((e) => e.id)).toEqual(["e2", "e3", "e4"]);
    // Midway between its first and last event.
    expect(markers[1]!.x).toBe(104);
  });

  it("merges again when a merged marker grows into its neighbour", () => {
    // 2 and 3 merge into a wider pill, which then reaches 1.
    const markers = placeEventMarkers([at(1, 100), at(2, 118), at(3, 121)], bounds);
    expect(markers.map((m) => m.text)).toEqual(["1–3"]);
  });

  it("keeps markers inside the bounds", () => {
    const [marker] = placeEventMarkers([at(1, -40)], bounds);
    expect(marker!.x - marker!.width / 2).toBeGreaterThanOrEqual(0);
  });

  it.each([1, 3, 7, 19])("never leaves two markers overlapping, for %i events a pixel or so apart at random", (seed) => {
    let state = seed;
    const random = () => ((state = (state * 16807) % 2147483647) / 2147483647);
    const events = Array.from({ length: 30 }, (_, i) => at(i + 1, random() * 300));
    const markers = placeEventMarkers(events, bounds, 3);
    expect(apart(markers, 3)).toBe(true);
    // Every event is in exactly one marker.
    expect(markers.flatMap((m) => m.events.map((e) => e.number)).sort((a, b) => a - b)).toEqual(events.map((e) => e.annotation.number));
    for (const m of markers) expect(m.width).toBe(eventMarkerWidth(m.text));
  });
});
