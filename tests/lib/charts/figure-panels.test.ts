import { describe, expect, it } from "vitest";
import { figureChartsData } from "@/lib/charts/figure-charts";
import { PANEL } from "@/lib/charts/figure-panel-layout";
import { hostageCompositions } from "@/lib/charts/hostage-composition";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildFigurePoints } from "@/lib/queries/figure-series";
import { FIGURE_LIMITS } from "@/lib/queries/figure-sample";
import type { Count } from "@/lib/schema/count";
import { buildFiguresDataset, count, event } from "../../support/figures-dataset";

const dataset = buildFiguresDataset();
const index = buildIndex(dataset);
const charts = figureChartsData(index, {}).charts;
const section = (id: string) => charts.find((c) => c.id === id)!;
const panelOf = (id: string, metric: string) => section(id).panels.find((p) => p.metrics.includes(metric as never))!;

describe("small multiples", () => {
  it("draws every figure of a section exactly once, in the panel of its measure", () => {
    for (const chart of charts) {
      const drawn = chart.panels.flatMap((panel) => panel.marks.map((m) => m.point.id)).sort();
      const expected = dataset.counts.filter((c) => chart.points.some((p) => p.id === c.id)).map((c) => c.id).sort();
      expect(drawn).toEqual(expected);
      for (const panel of chart.panels) for (const mark of panel.marks) expect(panel.metrics).toContain(mark.point.metric);
    }
  });

  it("fits each panel's value axis to its own figures", () => {
    for (const panel of charts.flatMap((c) => c.panels)) {
      const values = dataset.counts.filter((c) => panel.metrics.includes(c.metric)).map((c) => c.high ?? c.value);
      const top = Number(panel.yTicks.at(-1)!.label.replace(/,/g, ""));
      expect(top, panel.title).toBeGreaterThanOrEqual(Math.max(...values));
      // Fitted: the largest figure fills at least a third of the axis, whatever the other panels hold.
      expect(Math.max(...values) / top, panel.title).toBeGreaterThan(1 / 3);
    }
  });

  it("shares one time axis across the panels", () => {
    const ticks = charts.flatMap((c) => c.panels).map((panel) => panel.xTicks.map((t) => t.label));
    expect(new Set(ticks.map((t) => t.join("|"))).size).toBe(1);
  });

  it("keeps every marker inside its plot, and reports of one day side by side", () => {
    for (const panel of charts.flatMap((c) => c.panels)) {
      for (const { x, y } of panel.marks) {
        expect(x).toBeGreaterThanOrEqual(panel.plot.left);
        expect(x).toBeLessThanOrEqual(panel.plot.left + panel.plot.width);
        expect(y).toBeGreaterThanOrEqual(panel.plot.top);
        expect(y).toBeLessThanOrEqual(panel.plot.top + panel.plot.height);
      }
    }
    const taken = panelOf("hostages", "hostages-taken").marks.filter((m) => m.point.metric === "hostages-taken");
    expect(taken).toHaveLength(2);
    expect(Math.abs(taken[0]!.x - taken[1]!.x)).toBeGreaterThanOrEqual(PANEL.markGap);
  });

  it.each([
    // panel (by a metric in it), the count whose report is latest in the data, its date
    ["hostages-taken", "held-50-unattributed", "25 Jun 2025"],
    ["hostages-alive", "alive-20-idf", "25 Jun 2025"],
    ["hostages-dead", "dead-33-israel", "26 Mar 2024"],
    ["deaths-gaza", "deaths-gaza-57000", "7 Jul 2025"],
  ])("labels the latest report at the line end: %s", (metric, countId, date) => {
    const chart = charts.find((c) => c.panels.some((p) => p.metrics.includes(metric as never)))!;
    const panel = panelOf(chart.id, metric);
    const source = dataset.counts.find((c) => c.id === countId)!;
    // Who reported it, from the data: the actor's short name, else the article's outlet.
    const actor = dataset.actors.find((a) => a.id === source.reportedById);
    const outlet = dataset.articles.find((a) => a.id === source.sources[0]!.articleId)!.outlet;
    const reporter = actor ? actor.shortName : outlet ? `not attributed; ${outlet}` : "not attributed in the article";
    expect(panel.latestLabels.map((l) => l.pointId)).toEqual([countId]);
    const [label] = panel.latestLabels;
    expect(label!.valueText.replace(/[^0-9]/g, "")).toBe(String(source.value));
    expect(label!.reporterLines.join(" ")).toBe(reporter);
    expect(label!.dateText).toBe(date);
    // At the end of the line: right of the plot.
    expect(label!.x).toBeGreaterThan(panel.plot.left + panel.plot.width);
  });

  it("labels every report of the latest day where sources disagree", () => {
    const panel = panelOf("deaths", "deaths-israel-oct7");
    expect(panel.latestLabels.map((l) => l.pointId).sort()).toEqual(["oct7-1200-a", "oct7-1200-b"]);
    const [a, b] = [...panel.latestLabels].sort((x, y) => x.y - y.y);
    expect(b!.y).toBeGreaterThan(a!.y + PANEL.valueLine);
  });

  it("draws a low–high range as a band", () => {
    const ranged: Count = count({ id: "alive-range", metric: "hostages-alive", value: 22, qualifier: "range", low: 20, high: 24, date: "2025-07-01" });
    const withRange = figureChartsData(buildIndex(buildFiguresDataset([...dataset.counts, ranged])), {});
    const panel = withRange.charts[0]!.panels.find((p) => p.metrics.includes("hostages-alive"))!;
    expect(panel.bands).toHaveLength(1);
    expect(panel.latestLabels[0]?.valueText).toBe("20–24");
  });

  it("refits the axes to a narrower range", () => {
    const narrowed = figureChartsData(index, { from: "2025-01-01" }).charts[0]!.panels.find((p) => p.metrics.includes("hostages-held"))!;
    const all = panelOf("hostages", "hostages-held");
    expect(narrowed.yTicks.at(-1)!.label).not.toBe(all.yTicks.at(-1)!.label);
    expect(narrowed.xTicks.map((t) => t.label)).not.toEqual(all.xTicks.map((t) => t.label));
  });
});

describe("hostageCompositions", () => {
  const day = "2025-06-25";
  const sources = [{ articleId: "test-article", quote: "reported over 57,000 deaths" }];
  const base = [
    count({ id: "held", metric: "hostages-held", value: 50, date: day, sources }),
    count({ id: "alive", metric: "hostages-alive", value: 20, date: day, sources, reportedById: "idf" }),
    count({ id: "dead", metric: "hostages-dead", value: 28, date: day, sources, reportedById: "idf" }),
  ];
  const compositions = (counts: Count[]) => hostageCompositions(buildFigurePoints(buildIndex(buildFiguresDataset(counts, []))));

  it("puts held, alive and dead together where one article gives all three for a day, with what is left", () => {
    const [composition] = compositions(base);
    expect([composition!.held.id, composition!.alive.id, composition!.dead.id]).toEqual(["held", "alive", "dead"]);
    expect(composition!.remainder).toBe(50 - 20 - 28);
  });

  it("never combines figures from different articles", () => {
    const other = [{ articleId: "second-article", quote: "over 250" }];
    expect(compositions([base[0]!, base[1]!, { ...base[2]!, sources: other }])).toEqual([]);
  });

  it("gives no remainder where a figure is hedged", () => {
    expect(compositions([{ ...base[0]!, qualifier: "approximately" }, base[1]!, base[2]!])[0]?.remainder).toBeUndefined();
  });

  it("draws nothing where the article gives two figures for one part", () => {
    expect(compositions([...base, { ...base[1]!, id: "alive-2", value: 21 }])).toEqual([]);
  });
});

describe("small multiples at scale", () => {
  // A thousand daily reports and forty key events: the sampled panel stays inside its box and its event markers in one row apart.
  const day = (i: number) => new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);
  const counts = Array.from({ length: 1000 }, (_, i) => count({ id: `held-${i}`, metric: "hostages-held", value: 100 + (i % 50), date: day(i) }));
  const events = Array.from({ length: 40 }, (_, i) => event({ id: `talks-${i}`, type: "ceasefire", date: day(i * 7) }));
  const [panel] = figureChartsData(buildIndex(buildFiguresDataset(counts, events)), {}).charts[0]!.panels;

  it("keeps the sampled markers inside the plot", () => {
    expect(panel!.marks.length).toBeGreaterThan(0);
    for (const { x } of panel!.marks) {
      expect(x).toBeGreaterThanOrEqual(panel!.plot.left);
      expect(x).toBeLessThanOrEqual(panel!.plot.left + panel!.plot.width);
    }
  });

  it("merges crowded event markers until none overlap", () => {
    const markers = [...panel!.eventMarkers].sort((a, b) => a.x - b.x);
    markers.forEach((m, i) => {
      if (i > 0) expect(m.x - m.width / 2).toBeGreaterThanOrEqual(markers[i - 1]!.x + markers[i - 1]!.width / 2);
    });
    // Every key event the axis keeps is in exactly one marker.
    expect(markers.flatMap((m) => m.events.map((e) => e.id)).sort()).toHaveLength(Math.min(events.length, FIGURE_LIMITS.keyEvents));
    expect(new Set(markers.flatMap((m) => m.events.map((e) => e.id))).size).toBe(Math.min(events.length, FIGURE_LIMITS.keyEvents));
  });
});
