import { describe, expect, it, vi } from "vitest";
import { FIGURE_LIMITS } from "@/lib/queries/figure-sample";
import { buildIndex } from "@/lib/queries/dataset-index";
import type { Count } from "@/lib/schema/count";
import { buildFiguresDataset, count } from "../../../support/figures-dataset";

vi.mock("server-only", () => ({}));
const { getFiguresPage } = await import("@/lib/data/pages/figures-page");

/** `n` hostages-held reports, one a day from 1 January 2022. */
function dailyHeld(n: number): Count[] {
  return Array.from({ length: n }, (_, i) =>
    count({ id: `held-${i}`, metric: "hostages-held", value: 100 + (i % 50), date: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10) }),
  );
}

describe("getFiguresPage", () => {
  it.each<[string, number, Record<string, string>, number, number, string]>([
    // name, figures in the data, query, shown, in range, CSV link
    ["few figures: all of them", 20, {}, 20, 20, "/api/figures.csv"],
    ["many figures: at most the limit", 1000, {}, FIGURE_LIMITS.pointsPerChart, 1000, "/api/figures.csv"],
    ["a range narrows, and the CSV follows it", 1000, { from: "2022-01-01", to: "2022-01-31" }, 31, 31, "/api/figures.csv?from=2022-01-01&to=2022-01-31"],
    ["a bad date is ignored with a notice", 20, { from: "soon" }, 20, 20, "/api/figures.csv"],
  ])("%s", (_name, n, query, shown, inRange, csvHref) => {
    const page = getFiguresPage(query, buildIndex(buildFiguresDataset(dailyHeld(n), [])));
    expect(page.shown).toBe(shown);
    expect(page.inRange).toBe(inRange);
    expect(page.csvHref).toBe(csvHref);
    expect(page.charts.find((c) => c.id === "hostages")!.points.at(-1)?.date).toBe(page.span?.end);
    expect(page.notices.map((n) => n.param)).toEqual(query.from === "soon" ? ["from"] : []);
  });

  it("offers each year with figures", () => {
    expect(getFiguresPage({}, buildIndex(buildFiguresDataset(dailyHeld(800), []))).years).toEqual([2022, 2023, 2024]);
  });
});
