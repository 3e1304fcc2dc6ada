import { describe, expect, it } from "vitest";
import { groupByYear, tallyActivity } from "@/lib/queries/activity-summary";
import type { TimelineEntry } from "@/lib/schema/timeline-entry";

const item = (kind: TimelineEntry["kind"], date = "2025-06-01", id = `${kind}-${date}`) => ({ id, entry: { kind, date } });

describe("tallyActivity", () => {
  it.each<[string, ReturnType<typeof item>[], string]>([
    ["one event", [item("event")], "1 event"],
    ["events and a statement", [item("event"), item("statement"), item("event")], "2 events and 1 statement"],
    ["all three kinds, in a fixed order", [item("figure"), item("statement"), item("event"), item("figure")], "1 event, 1 statement and 2 reported figures"],
    ["figures only", [item("figure")], "1 reported figure"],
    ["nothing", [], ""],
  ])("%s", (_, items, expected) => {
    expect(tallyActivity(items)).toBe(expected);
  });
});

describe("groupByYear", () => {
  it("groups by calendar year, keeping the order the items come in", () => {
    const groups = groupByYear([item("event", "2024-12-31", "a"), item("statement", "2025-01-01", "b"), item("figure", "2025-06-01", "c")]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      ["2024", ["a"]],
      ["2025", ["b", "c"]],
    ]);
  });

  it("is empty for no items", () => {
    expect(groupByYear([])).toEqual([]);
  });
});
