import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import type { Dataset } from "@/lib/schema/dataset";
import { scaleDataset, shiftDate, writeDatasetDir } from "@/scripts/bench/synthetic-dataset";
import { buildDataset, withHostileArticle } from "../../support/dataset-builder";

const COLLECTIONS = ["articles", "events", "statements", "proposals", "counts"] as const;

function roundTrip(dataset: Dataset): Dataset {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-data-"));
  writeDatasetDir(dataset, dir);
  return loadDataset(dir);
}

describe("scaleDataset", () => {
  it("scales the real data 2x into a dataset that passes every loader check", () => {
    const real = loadDataset(path.resolve("data"));
    const scaled = roundTrip(scaleDataset(real, 2));
    for (const key of COLLECTIONS) expect(scaled[key].length, key).toBe(real[key].length * 2);
    // Organisations are shared; people and sub-bodies are copied.
    expect(scaled.actors.length).toBeGreaterThan(real.actors.length);
    expect(scaled.actors.length).toBeLessThan(real.actors.length * 2 + 10);
    // Copy 1 is the real data itself, so real ids remain valid samples.
    expect(scaled.events[0]).toEqual(real.events[0]);
    expect(new Set(scaled.events.map((e) => e.id)).size).toBe(scaled.events.length);
  });

  it.each([1, 3, 5])("keeps the test dataset (with a hostile article) valid at %ix", (scale) => {
    const base = withHostileArticle(buildDataset());
    const scaled = roundTrip(scaleDataset(base, scale));
    for (const key of COLLECTIONS) expect(scaled[key].length, key).toBe(base[key].length * scale);
  });

  it("dates each copy earlier by one more day than the last, facts and articles alike", () => {
    const base = buildDataset();
    const scaled = scaleDataset(base, 3);
    const copies = scaled.events.filter((e) => e.id.startsWith(base.events[0]!.id));
    expect(copies.map((e) => e.date)).toEqual([base.events[0]!.date, shiftDate(base.events[0]!.date, 1), shiftDate(base.events[0]!.date, 2)]);
    expect(scaled.articles.map((a) => a.published)).toEqual(["2025-06-25", "2025-06-24", "2025-06-23"]);
  });

  it("writes articles whose front matter hash matches the written body", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-data-"));
    const scaled = scaleDataset(buildDataset(), 2);
    writeDatasetDir(scaled, dir);
    const copy = scaled.articles[1]!;
    const file = readFileSync(path.join(dir, "articles", `${copy.id}.md`), "utf8");
    expect(file.endsWith(copy.body)).toBe(true);
    expect(file).toContain(`seedSha256: "${copy.seedSha256}"`);
  });

  it.each([
    ["2025-03-01", 1, "2025-02-28"],
    ["2024-03-01", 1, "2024-02-29"],
    ["2025-01-01", 1, "2024-12-31"],
    ["2025-06-25", 0, "2025-06-25"],
  ])("shiftDate(%s, %i) is %s", (date, days, expected) => {
    expect(shiftDate(date, days)).toBe(expected);
  });

  it("rejects a scale that is not a whole number of copies", () => {
    expect(() => scaleDataset(buildDataset(), 0)).toThrow(/scale/);
    expect(() => scaleDataset(buildDataset(), 1.5)).toThrow(/scale/);
  });
});
