import { expect, it } from "vitest";
import { groupByMonth } from "@/lib/queries/group-by-month";

it.each<[string, string[], [string, string, number][]]>([
  ["nothing", [], []],
  ["newest first", ["2025-07-09", "2025-07-01", "2025-06-30", "2024-03-26"], [["2025-07", "July 2025", 2], ["2025-06", "June 2025", 1], ["2024-03", "March 2024", 1]]],
  ["oldest first", ["2023-10-07", "2023-10-08", "2025-01-19"], [["2023-10", "October 2023", 2], ["2025-01", "January 2025", 1]]],
  ["same month in another year is a new group", ["2025-06-01", "2024-06-01"], [["2025-06", "June 2025", 1], ["2024-06", "June 2024", 1]]],
])("%s", (_name, dates, expected) => {
  const groups = groupByMonth(dates.map((date) => ({ date })));
  expect(groups.map((g) => [g.month, g.label, g.entries.length])).toEqual(expected);
  expect(groups.flatMap((g) => g.entries.map((e) => e.date))).toEqual(dates);
});
