import { expect, it } from "vitest";
import { formatDateRange } from "@/lib/format/format-date-range";

it.each<[string | undefined, string | undefined, string | undefined]>([
  [undefined, undefined, undefined],
  ["2025-06-01", "2025-07-31", "Jun–Jul 2025"],
  ["2025-06-01", "2025-06-30", "Jun 2025"],
  ["2024-12-01", "2025-01-31", "Dec 2024 – Jan 2025"],
  ["2024-02-01", "2024-02-29", "Feb 2024"],
  ["2025-06-03", "2025-07-09", "3 Jun – 9 Jul 2025"],
  ["2024-03-26", "2025-07-09", "26 Mar 2024 – 9 Jul 2025"],
  ["2025-06-25", "2025-06-25", "25 Jun 2025"],
  ["2025-06-01", undefined, "from 1 Jun 2025"],
  [undefined, "2025-07-31", "until 31 Jul 2025"],
])("%s to %s → %s", (from, to, expected) => {
  expect(formatDateRange(from, to)).toBe(expected);
});
