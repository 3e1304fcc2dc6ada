import { describe, expect, it } from "vitest";
import { formatCountValue } from "@/lib/format/format-count";
import { formatFactDate } from "@/lib/format/format-date";
import { quoteAnchorId } from "@/lib/format/quote-anchor";

describe("formatFactDate", () => {
  it.each([
    [{ date: "2025-06-25", precision: "day" as const }, "25 June 2025"],
    [{ date: "2025-06-24", precision: "approximate" as const }, "c. 24 June 2025"],
    [{ date: "2023-11-30", precision: "month" as const }, "November 2023"],
    [{ date: "2014-07-01", precision: "year" as const }, "2014"],
    [{ date: "2025-05-31", precision: "month" as const, dateLabel: "Late May 2025" }, "Late May 2025"],
  ])("%o → %s", (fact, expected) => {
    expect(formatFactDate(fact)).toBe(expected);
  });
});

describe("formatCountValue", () => {
  it.each([
    [57000, "over" as const, "over 57,000"],
    [1200, "approximately" as const, "approximately 1,200"],
    [250, "at-least" as const, "at least 250"],
    [251, "exact" as const, "251"],
  ])("%i %s → %s", (value, qualifier, expected) => {
    expect(formatCountValue(value, qualifier)).toBe(expected);
  });
});

describe("quoteAnchorId", () => {
  it("is stable across quote styles and white space, distinct for other text", () => {
    expect(quoteAnchorId("talks are “ongoing”")).toBe(quoteAnchorId('talks are  "ongoing"'));
    expect(quoteAnchorId("talks are ongoing")).not.toBe(quoteAnchorId("talks have stalled"));
    expect(quoteAnchorId("x")).toMatch(/^q-[0-9a-f]{8}$/);
  });
});
