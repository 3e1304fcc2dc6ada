import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import {
  buildFigurePoints,
  groupSeries,
  latestReports,
  pointsForMetrics,
  pointsInRange,
  reporterOf,
  sameDateReports,
  selectKeyEvents,
} from "@/lib/queries/figure-series";
import type { DateRange } from "@/lib/params/date-range-params";
import type { Qualifier } from "@/lib/schema/count";
import { quoteAnchorId } from "@/lib/format/quote-anchor";
import { buildFiguresDataset, count } from "../../support/figures-dataset";

const index = buildIndex(buildFiguresDataset());
const points = buildFigurePoints(index);
const byId = (id: string) => points.find((p) => p.id === id)!;

describe("buildFigurePoints", () => {
  it("makes one point per count, oldest first, then by metric, reporter and id", () => {
    expect(points.map((p) => [p.date, p.id])).toEqual([
      // Same day and metric: by reporter name ("…; Example Times" before "…; outlet not named").
      ["2023-10-07", "taken-over-250"],
      ["2023-10-07", "taken-251"],
      ["2023-10-07", "oct7-1200-b"],
      ["2023-10-07", "oct7-1200-a"],
      ["2024-03-26", "held-130-israel"],
      ["2024-03-26", "dead-33-israel"],
      ["2024-03-26", "deaths-gaza-32414"],
      ["2025-06-25", "held-50-unattributed"],
      ["2025-06-25", "alive-20-idf"],
      ["2025-07-07", "deaths-gaza-57000"],
    ]);
    expect(points).toHaveLength(index.dataset.counts.length);
  });

  it("keeps the order whatever order the counts come in", () => {
    const reversed = buildIndex({ ...index.dataset, counts: [...index.dataset.counts].reverse() });
    expect(buildFigurePoints(reversed).map((p) => p.id)).toEqual(points.map((p) => p.id));
  });

  it.each<[Qualifier, number, string, string]>([
    ["exact", 251, "251", "251"],
    ["approximately", 1200, "approximately 1,200", "~1,200"],
    ["over", 57000, "over 57,000", ">57,000"],
    ["at-least", 10, "at least 10", "≥10"],
  ])("writes a %s figure as the source hedges it", (qualifier, value, long, short) => {
    const [point] = buildFigurePoints(buildIndex(buildFiguresDataset([count({ id: "x", metric: "deaths-gaza", value, qualifier, date: "2025-01-01" })], [])));
    expect(point?.valueText).toBe(long);
    expect(point?.shortValueText).toBe(short);
    expect(point?.label).toContain(long);
  });

  it("names who reported it: the actor, else the wording plus the publication and its date", () => {
    expect(byId("held-130-israel")).toMatchObject({ reporterName: "Israel", reporterId: "israel", isAttributed: true, colour: "var(--actor-israel)" });
    // A spokesman or army takes its state's colour but keeps its own name.
    expect(byId("alive-20-idf")).toMatchObject({ reporterName: "Israel Defense Forces", colour: "var(--actor-israel)" });
    expect(byId("taken-over-250")).toMatchObject({
      reporterName: "Not attributed in the article; Example Times, 1 Jul 2025",
      isAttributed: false,
    });
    expect(byId("taken-251").reporterName).toBe("Not attributed in the article; outlet not named, 25 Jun 2025 and Example Times, 1 Jul 2025");
    expect(byId("taken-251").reporterId).toBeUndefined();
  });

  it("labels each point with value, qualifier, as-of date and reporter for screen readers", () => {
    expect(byId("held-130-israel").label).toBe("Hostages held in Gaza: approximately 130, as of 26 March 2024, reported by Israel.");
  });

  it("links a point to its first source passage, and lists every source", () => {
    const point = byId("taken-251");
    expect(point.sources.map((s) => s.href)).toEqual([
      `/sources/test-article#${quoteAnchorId("took 251")}`,
      `/sources/second-article#${quoteAnchorId("taking 251")}`,
    ]);
    expect(point.href).toBe(point.sources[0]!.href);
    expect(point.sources[1]).toMatchObject({ articleTitle: "Second article", outlet: "Example Times", published: "2025-07-01" });
  });
});

describe("conflicting reports stay apart", () => {
  it("numbers reports of the same metric and date and says whether they differ", () => {
    expect(byId("taken-over-250").sameDate).toEqual({ position: 1, total: 2, valuesDiffer: true });
    expect(byId("taken-251").sameDate).toEqual({ position: 2, total: 2, valuesDiffer: true });
    expect(byId("oct7-1200-b").sameDate).toEqual({ position: 1, total: 2, valuesDiffer: false });
    expect(byId("oct7-1200-a").sameDate).toEqual({ position: 2, total: 2, valuesDiffer: false });
    expect(byId("taken-251").label).toContain("One of 2 reports of this figure for that date, which differ.");
  });

  it("does not group different metrics on the same date", () => {
    expect(byId("held-130-israel").sameDate.total).toBe(1);
    expect(byId("dead-33-israel").sameDate.total).toBe(1);
  });

  it("counts a conflict even when the range shows only one side of it", () => {
    const reports = sameDateReports(index.dataset.counts);
    expect(reports.get("taken-251")?.total).toBe(2);
    expect(reports.get("held-130-israel")?.total).toBe(1);
    expect(pointsInRange(points, { from: "2023-10-07", to: "2023-10-07" }).filter((p) => p.metric === "hostages-taken")).toHaveLength(2);
  });

  it("puts two reporters of the same metric in different series, never one averaged point", () => {
    const series = groupSeries(points);
    const taken = series.filter((s) => s.metric === "hostages-taken");
    expect(taken.map((s) => s.pointIds)).toEqual([["taken-over-250"], ["taken-251"]]);
    const oct7 = series.filter((s) => s.metric === "deaths-israel-oct7");
    expect(oct7).toHaveLength(2);
    expect(series.flatMap((s) => s.pointIds).sort()).toEqual(points.map((p) => p.id).sort());
  });

  it("joins one reporter's figures for one metric into a series, oldest first", () => {
    const gaza = groupSeries(points).filter((s) => s.metric === "deaths-gaza");
    expect(gaza).toEqual([expect.objectContaining({ key: "deaths-gaza|actor:israel", pointIds: ["deaths-gaza-32414", "deaths-gaza-57000"], reporterName: "Israel" })]);
  });

  it("gives a reporter key for unattributed figures per publication", () => {
    const first = reporterOf(index.dataset.counts.find((c) => c.id === "oct7-1200-a")!, index);
    const second = reporterOf(index.dataset.counts.find((c) => c.id === "oct7-1200-b")!, index);
    expect(first.key).not.toBe(second.key);
  });
});

describe("pointsInRange", () => {
  it.each<[string, DateRange, string[]]>([
    ["no range", {}, points.map((p) => p.id)],
    ["from, inclusive", { from: "2025-06-25" }, ["held-50-unattributed", "alive-20-idf", "deaths-gaza-57000"]],
    ["to, inclusive", { to: "2023-10-07" }, ["taken-over-250", "taken-251", "oct7-1200-b", "oct7-1200-a"]],
    ["both", { from: "2024-01-01", to: "2024-12-31" }, ["held-130-israel", "dead-33-israel", "deaths-gaza-32414"]],
    ["nothing inside", { from: "2026-01-01" }, []],
  ])("%s", (_name, range, expected) => {
    expect(pointsInRange(points, range).map((p) => p.id)).toEqual(expected);
  });

  it("splits points by chart metrics", () => {
    expect(pointsForMetrics(points, ["deaths-gaza"]).map((p) => p.id)).toEqual(["deaths-gaza-32414", "deaths-gaza-57000"]);
  });
});

describe("selectKeyEvents", () => {
  it.each<[string, string, string, string[]]>([
    ["key types only, oldest first", "2023-10-07", "2025-07-07", ["attack", "offensive", "truce", "deal-collapses"]],
    ["a month-precision event overlapping the start", "2023-10-15", "2024-12-31", ["offensive"]],
    ["a month-precision event overlapping the end", "2025-01-10", "2025-01-20", ["truce"]],
    ["none outside the span", "2024-04-01", "2024-12-31", []],
  ])("%s", (_name, start, end, expected) => {
    const events = selectKeyEvents(index, start, end);
    expect(events.map((e) => e.id)).toEqual(expected);
    expect(events.map((e) => e.number)).toEqual(expected.map((_, i) => i + 1));
  });

  it("links each event to its permalink and labels its type", () => {
    const [attack] = selectKeyEvents(index, "2023-10-07", "2023-10-07");
    expect(attack).toMatchObject({ href: "/events/attack", typeLabel: "Attack", dateText: "7 October 2023" });
  });
});

describe("latestReports", () => {
  it.each<[Parameters<typeof latestReports>[1], string[]]>([
    ["deaths-gaza", ["deaths-gaza-57000"]],
    ["deaths-israel-oct7", ["oct7-1200-b", "oct7-1200-a"]],
    ["hostages-of-concern", []],
  ])("%s", (metric, expected) => {
    expect(latestReports(points, metric).map((p) => p.id)).toEqual(expected);
  });
});
