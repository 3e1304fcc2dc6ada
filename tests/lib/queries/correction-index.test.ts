import { describe, expect, it } from "vitest";
import { buildCorrectionIndex, correctionsOf, entryRecordKind, retiredBy, updatedDate } from "@/lib/queries/correction-index";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildCorrection, buildDataset, withCorrections } from "../../support/dataset-builder";

const index = buildIndex(withCorrections(buildDataset()));

describe("the corrections index", () => {
  it("lists every correction newest first, and one day's corrections by id", () => {
    expect(index.corrections.newestFirst.map((c) => [c.date, c.id])).toEqual([
      ["2026-11-03", "fix-event-title"],
      ["2026-11-02", "remove-statement"],
      ["2026-11-01", "merge-duplicate-event"],
    ]);
    const sameDay = buildCorrectionIndex([buildCorrection({ id: "b-fix" }), buildCorrection({ id: "a-fix" })]);
    expect(sameDay.newestFirst.map((c) => c.id)).toEqual(["a-fix", "b-fix"]);
  });

  it("finds a record's corrections by kind and id, newest first", () => {
    const corrections = buildCorrectionIndex([
      buildCorrection({ id: "older", date: "2026-10-01" }),
      buildCorrection({ id: "newer", date: "2026-11-20" }),
      // Same id, another kind: a different record.
      buildCorrection({ id: "of-a-count", recordKind: "count", date: "2026-11-25" }),
    ]);
    expect(correctionsOf(corrections, "event", "talks-ongoing").map((c) => c.id)).toEqual(["newer", "older"]);
    expect(correctionsOf(corrections, "count", "talks-ongoing").map((c) => c.id)).toEqual(["of-a-count"]);
    expect(correctionsOf(corrections, "statement", "talks-ongoing")).toEqual([]);
  });

  it("gives a record's updated date as its latest correction's, none when never corrected", () => {
    expect(updatedDate(index.corrections, "event", "talks-ongoing")).toBe("2026-11-03");
    expect(updatedDate(index.corrections, "statement", "hamas-no-proposals")).toBeUndefined();
    const twice = buildCorrectionIndex([buildCorrection({ id: "first", date: "2026-09-09" }), buildCorrection({ id: "second", date: "2026-10-10" })]);
    expect(updatedDate(twice, "event", "talks-ongoing")).toBe("2026-10-10");
  });

  it("knows the records corrections merged or removed, and no others", () => {
    expect(retiredBy(index.corrections, "event", "talks-ongoing-again")?.id).toBe("merge-duplicate-event");
    expect(retiredBy(index.corrections, "statement", "hamas-old-claim")?.id).toBe("remove-statement");
    expect(retiredBy(index.corrections, "event", "hamas-old-claim")).toBeUndefined();
    expect(retiredBy(index.corrections, "event", "talks-ongoing")).toBeUndefined();
  });

  it("maps timeline entry kinds to record kinds (a figure is a count)", () => {
    expect((["event", "statement", "figure"] as const).map(entryRecordKind)).toEqual(["event", "statement", "count"]);
  });

  it("is empty for a dataset without corrections", () => {
    const plain = buildIndex(buildDataset()).corrections;
    expect([plain.newestFirst.length, plain.byRecord.size, plain.retired.size]).toEqual([0, 0, 0]);
  });
});
