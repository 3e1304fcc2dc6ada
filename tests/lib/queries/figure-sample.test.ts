import { describe, expect, it } from "vitest";
import { figureChartsData } from "@/lib/charts/figure-charts";
import { evenIndices, sampleFigurePoints } from "@/lib/queries/figure-sample";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildFigurePoints, keyEventsInSpan, pointsForMetrics, selectKeyEvents } from "@/lib/queries/figure-series";
import type { Count } from "@/lib/schema/count";
import { buildFiguresDataset, count, event } from "../../support/figures-dataset";

/** One `deaths-gaza` report a day from 1 January 2024, plus a second, conflicting report on every fifth day. */
function dailyDeaths(days: number): Count[] {
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    const reports = [count({ id: `deaths-${i}`, metric: "deaths-gaza", value: 30000 + i, date })];
    if (i % 5 === 0) reports.push(count({ id: `deaths-${i}-other`, metric: "deaths-gaza", value: 31000 + i, date, sources: [{ articleId: "second-article", quote: "over 250" }] }));
    return reports;
  }).flat();
}

describe("evenIndices", () => {
  it.each<[string, number, number, number[]]>([
    ["all when the count covers the length", 4, 10, [0, 1, 2, 3]],
    ["first and last of two", 10, 2, [0, 9]],
    ["evenly spread", 9, 5, [0, 2, 4, 6, 8]],
    ["only the last for one", 10, 1, [9]],
    ["none for zero", 10, 0, []],
    ["none of nothing", 0, 3, []],
  ])("%s", (_name, length, count, expected) => {
    expect(evenIndices(length, count)).toEqual(expected);
  });
});

describe("sampleFigurePoints", () => {
  const index = buildIndex(buildFiguresDataset([...dailyDeaths(100), count({ id: "oct7", metric: "deaths-israel-oct7", value: 1200, date: "2023-10-07" })]));
  const points = pointsForMetrics(buildFigurePoints(index), ["deaths-gaza", "deaths-israel-oct7"]);

  it.each([10, 25, 60, 119])("keeps at most %i points, whole days, the latest of each metric, oldest first", (limit) => {
    const sample = sampleFigurePoints(points, limit);
    expect(sample.length).toBeLessThanOrEqual(limit);
    expect(sample.length).toBeGreaterThan(limit / 2);
    // Never splits a day: every report of a kept day is kept, so conflicts stay side by side.
    const days = new Set(sample.map((p) => p.date));
    expect(sample.map((p) => p.id)).toEqual(points.filter((p) => days.has(p.date)).map((p) => p.id));
    expect(sample.some((p) => p.id === "deaths-99")).toBe(true);
    expect(sample.some((p) => p.id === "oct7")).toBe(true);
  });

  it("spreads the kept days over the whole span", () => {
    const dates = sampleFigurePoints(points, 25).map((p) => p.date);
    const gaza = dates.filter((d) => d >= "2024-01-01");
    expect(gaza[0]! <= "2024-01-10").toBe(true);
    expect(gaza.filter((d) => d < "2024-02-20").length).toBeGreaterThan(5);
    expect(gaza.filter((d) => d >= "2024-02-20").length).toBeGreaterThan(5);
  });

  it("returns every point when they fit", () => {
    expect(sampleFigurePoints(points, points.length)).toEqual(points);
  });
});

describe("keyEventsInSpan", () => {
  const events = Array.from({ length: 12 }, (_, i) => event({ id: `strike-${i}`, type: "military", date: `2024-0${1 + Math.floor(i / 4)}-1${i % 4}` }));
  const index = buildIndex(buildFiguresDataset(undefined, events));
  const keyEvents = selectKeyEvents(index, "2024-01-01", "2024-12-31");

  it.each<[number, string[]]>([
    [12, keyEvents.map((e) => e.id)],
    [3, ["strike-0", "strike-6", "strike-11"]],
    [1, ["strike-11"]],
  ])("keeps %i, evenly, the latest always, numbered from 1", (limit, expected) => {
    const { events: sample, total } = keyEventsInSpan(index, "2024-01-01", "2024-12-31", limit);
    expect(total).toBe(12);
    expect(sample.map((e) => e.id)).toEqual(expected);
    expect(sample.map((e) => e.number)).toEqual(expected.map((_, i) => i + 1));
  });
});

describe("figureChartsData limits", () => {
  const index = buildIndex(buildFiguresDataset(dailyDeaths(100)));

  it("bounds each chart and says how many the range holds", () => {
    const view = figureChartsData(index, {}, { pointsPerChart: 30, keyEvents: 30 });
    const deaths = view.charts.find((c) => c.id === "deaths")!;
    expect(deaths.totalInRange).toBe(120);
    expect(deaths.points.length).toBeLessThanOrEqual(30);
    expect(deaths.panels.flatMap((panel) => panel.marks.map((m) => m.point.id)).sort()).toEqual(deaths.points.map((p) => p.id).sort());
    // The axis still spans every figure in the range, not only the drawn ones.
    expect(view.span).toEqual({ start: "2024-01-01", end: "2024-04-09" });
  });

  it("keeps everything under the default limits at the real data's size", () => {
    const small = buildIndex(buildFiguresDataset());
    const view = figureChartsData(small, {});
    expect(view.charts.every((c) => c.points.length === c.totalInRange)).toBe(true);
    expect(view.events).toHaveLength(view.eventsTotal);
  });
});
