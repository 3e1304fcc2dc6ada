import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/format/csv";
import { buildIndex } from "@/lib/queries/dataset-index";
import { FIGURE_CSV_COLUMNS, figureCsvFilename, figureCsvRows } from "@/lib/queries/figure-csv";
import { buildFigurePoints } from "@/lib/queries/figure-series";
import { csvRecords } from "../../browser/support/figures-csv";
import { buildFiguresDataset } from "../../support/figures-dataset";

const points = buildFigurePoints(buildIndex(buildFiguresDataset()));
const records = csvRecords(toCsv(figureCsvRows(points, "https://example.org")));

describe("figureCsvRows", () => {
  it("starts with the documented header", () => {
    expect(figureCsvRows(points, "")[0]).toEqual([...FIGURE_CSV_COLUMNS]);
  });

  it("has one row per figure and source passage", () => {
    expect(records).toHaveLength(points.reduce((n, p) => n + p.sources.length, 0));
    expect(new Set(records.map((r) => r.id))).toEqual(new Set(points.map((p) => p.id)));
    expect(records.filter((r) => r.id === "taken-251").map((r) => [r.source_number, r.article_id])).toEqual([
      ["1 of 2", "test-article"],
      ["2 of 2", "second-article"],
    ]);
  });

  it("keeps value, qualifier, as-of date, reporter and the quote, with an absolute link", () => {
    expect(records.find((r) => r.id === "deaths-gaza-57000")).toMatchObject({
      metric: "deaths-gaza",
      value: "57000",
      qualifier: "over",
      value_text: "over 57,000",
      as_of: "2025-07-07",
      reported_by: "Israel",
      reporter_id: "israel",
      attribution: "per Israel",
      quote: "reported over 57,000 deaths",
      outlet: "",
      published: "2025-06-25",
    });
    expect(records.find((r) => r.id === "deaths-gaza-57000")?.source_url).toMatch(/^https:\/\/example\.org\/sources\/test-article#q-[0-9a-f]{8}$/);
  });

  it("records how many reports share a figure's date", () => {
    expect(records.find((r) => r.id === "taken-over-250")?.same_date_reports).toBe("2");
    expect(records.find((r) => r.id === "held-130-israel")?.same_date_reports).toBe("1");
  });
});

describe("figureCsvFilename", () => {
  it.each([
    [{}, "ceasefire-tracker-figures.csv"],
    [{ from: "2025-01-01" }, "ceasefire-tracker-figures-from-2025-01-01.csv"],
    [{ from: "2024-01-01", to: "2024-12-31" }, "ceasefire-tracker-figures-from-2024-01-01-to-2024-12-31.csv"],
  ])("%j → %s", (range, name) => {
    expect(figureCsvFilename(range)).toBe(name);
  });
});
