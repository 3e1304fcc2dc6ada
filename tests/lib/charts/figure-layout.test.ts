import { describe, expect, it } from "vitest";
import { isoToMs, spreadOverlaps, yAxisWidthFor } from "@/lib/charts/chart-geometry";
import {
  metricGuides,
  sameDateLabels,
  sparklinePositions,
  timeDomain,
  timeSpan,
  timeTicks,
  valueAxis,
} from "@/lib/charts/figure-layout";
import { figureChartsData } from "@/lib/charts/figure-charts";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildFigurePoints } from "@/lib/queries/figure-series";
import { buildFiguresDataset } from "../../support/figures-dataset";

const index = buildIndex(buildFiguresDataset());
const points = buildFigurePoints(index);

describe("time axis", () => {
  it.each([
    ["the figures' own span without a range", {}, { start: "2023-10-07", end: "2025-07-07" }],
    ["the URL range where given", { from: "2024-01-01", to: "2024-06-30" }, { start: "2024-01-01", end: "2024-06-30" }],
    ["an open end falls back to the figures", { from: "2025-01-01" }, { start: "2025-01-01", end: "2025-07-07" }],
  ])("spans %s", (_name, range, expected) => {
    expect(timeSpan(points.map((p) => p.date), range)).toEqual(expected);
  });

  it("has no span with neither figures nor range", () => {
    expect(timeSpan([], {})).toBeUndefined();
  });

  it("pads the domain on both sides, at least a few days", () => {
    const [start, end] = timeDomain({ start: "2025-01-01", end: "2025-01-01" });
    expect(start).toBeLessThan(isoToMs("2025-01-01"));
    expect(end).toBeGreaterThan(isoToMs("2025-01-01"));
    expect(end - start).toBeGreaterThanOrEqual(10 * 86_400_000);
  });

  it.each<[string, string, string, string[]]>([
    ["two months: monthly", "2025-05-20", "2025-07-10", ["Jun 2025", "Jul 2025"]],
    ["two years: quarterly", "2023-10-07", "2025-07-09", ["Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024", "Jan 2025", "Apr 2025", "Jul 2025"]],
    ["five years: yearly in January", "2020-03-01", "2024-11-01", ["Jan 2021", "Jan 2022", "Jan 2023", "Jan 2024"]],
  ])("ticks on first days of months — %s", (_name, start, end, labels) => {
    const domain: [number, number] = [isoToMs(start), isoToMs(end)];
    const ticks = timeTicks(domain);
    expect(ticks.map((t) => t.label)).toEqual(labels);
    for (const tick of ticks) {
      expect(new Date(tick.value).getUTCDate()).toBe(1);
      expect(tick.value).toBeGreaterThanOrEqual(domain[0]);
      expect(tick.value).toBeLessThanOrEqual(domain[1]);
    }
  });
});

describe("valueAxis", () => {
  it.each([
    [251, 300, [0, 100, 200, 300]],
    [57000, 60000, [0, 20000, 40000, 60000]],
    [50, 60, [0, 20, 40, 60]],
    [0, 1, [0, 1]],
    [3, 4, [0, 1, 2, 3, 4]],
    [11, 15, [0, 5, 10, 15]],
  ])("%d → top %d", (max, top, ticks) => {
    expect(valueAxis(max)).toEqual({ max: top, ticks });
  });

  it("always leaves room above the largest value", () => {
    for (const value of [1, 7, 99, 100, 1160, 32414]) expect(valueAxis(value).max).toBeGreaterThan(value);
  });

  it("sizes the value axis for its longest label", () => {
    expect(yAxisWidthFor([0, 20000, 60000])).toBeGreaterThan(yAxisWidthFor([0, 100, 300]));
  });
});

describe("spreadOverlaps", () => {
  it("sets markers on the same spot side by side, centred on it, in date order", () => {
    const x = spreadOverlaps(
      [
        { id: "a", x: 100, y: 50 },
        { id: "b", x: 100, y: 50 },
        { id: "c", x: 100, y: 51 },
      ],
      10,
    );
    expect([x.get("a"), x.get("b"), x.get("c")]).toEqual([90, 100, 110]);
  });

  it.each([
    ["far apart in x", { id: "a", x: 0, y: 0 }, { id: "b", x: 50, y: 0 }],
    ["same x, far apart in y", { id: "a", x: 0, y: 0 }, { id: "b", x: 0, y: 40 }],
  ])("leaves markers %s where they are", (_name, a, b) => {
    const x = spreadOverlaps([a, b], 10);
    expect([x.get("a"), x.get("b")]).toEqual([a.x, b.x]);
  });
});

describe("lines and labels", () => {
  it("draws a guide through each metric's reports over time; hostages held starts from those taken", () => {
    const guides = metricGuides(points);
    const held = guides.find((g) => g.key === "guide:hostages-held");
    expect(held?.pointIds).toEqual(["taken-over-250", "taken-251", "held-130-israel", "held-50-unattributed"]);
    // All reports of deaths on 7 October share one date: nothing to join.
    expect(guides.some((g) => g.key === "guide:deaths-israel-oct7")).toBe(false);
    expect(guides.some((g) => g.key === "guide:hostages-taken")).toBe(false);
  });

  it("labels same-day reports of a metric with their values side by side", () => {
    expect(sameDateLabels(points)).toEqual([
      { key: "hostages-taken|2023-10-07", metric: "hostages-taken", pointIds: ["taken-over-250", "taken-251"], text: ">250 / 251" },
      { key: "deaths-israel-oct7|2023-10-07", metric: "deaths-israel-oct7", pointIds: ["oct7-1200-b", "oct7-1200-a"], text: "~1,200 / ~1,200" },
    ]);
  });

});

describe("figureChartsData", () => {
  it("narrows both charts and the key events to the date range", () => {
    const all = figureChartsData(index, {});
    const narrowed = figureChartsData(index, { from: "2025-01-01" });
    const ids = (view: typeof all) => view.charts.flatMap((c) => c.points.map((p) => p.id));
    expect(ids(all)).toHaveLength(points.length);
    expect(ids(narrowed)).toEqual(["held-50-unattributed", "alive-20-idf", "deaths-gaza-57000"]);
    expect(narrowed.events.map((e) => e.id)).toEqual(["truce", "deal-collapses"]);
    // Every panel's time axis starts at the range: its first tick is in 2025.
    expect(narrowed.charts.flatMap((c) => c.panels).every((panel) => panel.xTicks[0]?.label.includes("2025"))).toBe(true);
  });

  it("has no chart view where the range holds no figure of its kind", () => {
    const view = figureChartsData(index, { from: "2025-07-01" });
    expect(view.charts.find((c) => c.id === "hostages")?.panels).toEqual([]);
    expect(view.charts.find((c) => c.id === "deaths")?.points.map((p) => p.id)).toEqual(["deaths-gaza-57000"]);
  });

  it("keys each chart: metrics by shape, each attributed reporter with its colour and shapes, unattributed apart", () => {
    const hostages = figureChartsData(index, {}).charts.find((c) => c.id === "hostages")!;
    expect(hostages.legend.metrics.map((m) => m.metric)).toEqual(["hostages-taken", "hostages-held", "hostages-dead", "hostages-alive"]);
    expect(hostages.legend.reporters).toEqual([
      { name: "Israel", colour: "var(--actor-israel)", shapes: ["circle", "square"] },
      { name: "Israel Defense Forces", colour: "var(--actor-israel)", shapes: ["triangle"] },
    ]);
    expect(hostages.legend.hasUnattributed).toBe(true);
  });
});

describe("sparklinePositions", () => {
  it("maps dates across the width and values up from the bottom", () => {
    const box = { width: 100, height: 50, pad: 5 };
    const positions = sparklinePositions(
      [
        { id: "a", date: "2025-01-01", value: 0 },
        { id: "b", date: "2025-12-31", value: 10 },
      ],
      box,
      { start: "2025-01-01", end: "2025-12-31" },
      10,
    );
    expect(positions).toEqual([
      { id: "a", x: 5, y: 45 },
      { id: "b", x: 95, y: 5 },
    ]);
  });
});
