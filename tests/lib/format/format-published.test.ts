import { describe, expect, it } from "vitest";
import { factDateTime, formatDaySpan, formatFactDate } from "@/lib/format/format-date";
import { formatPublished } from "@/lib/format/format-published";

describe("formatPublished", () => {
  it.each([
    [{ published: "2025-06-25" }, false, "25 June 2025"],
    [{ published: "2025-06-25" }, true, "25 Jun 2025"],
    [{ published: "2025-06-25", publishedLatest: "2025-06-26" }, false, "25 or 26 June 2025"],
    [{ published: "2025-06-25", publishedLatest: "2025-06-26" }, true, "25 or 26 Jun 2025"],
    [{ published: "2025-06-30", publishedLatest: "2025-07-01" }, false, "30 June or 1 July 2025"],
    [{ published: "2024-12-31", publishedLatest: "2025-01-01" }, false, "31 December 2024 or 1 January 2025"],
    [{ published: "2025-06-24", publishedLatest: "2025-06-27" }, false, "Between 24 and 27 June 2025"],
    [{ published: "2025-09-01", publishedLatest: "2025-09-02" }, true, "1 or 2 Sep 2025"],
  ])("%o (short %s) → %s", (article, isShort, expected) => {
    expect(formatPublished(article, { isShort })).toBe(expected);
  });
});

describe("formatDaySpan", () => {
  it.each([
    ["2025-03-18", "2025-06-25", "and", "18 March and 25 June 2025"],
    ["2025-06-25", "2025-06-26", "or", "25 or 26 June 2025"],
    ["2024-11-02", "2025-01-15", "and", "2 November 2024 and 15 January 2025"],
  ] as const)("%s %s %s → %s", (first, last, word, expected) => {
    expect(formatDaySpan(first, last, word)).toBe(expected);
  });
});

describe("formatFactDate with a range", () => {
  it("names both ends, the year once when they share it", () => {
    expect(formatFactDate({ date: "2025-03-18", precision: "range", earliest: "2025-03-18", latest: "2025-06-25" })).toBe(
      "Between 18 March and 25 June 2025",
    );
  });

  it("prefers the data's own wording", () => {
    expect(formatFactDate({ date: "2025-05-20", precision: "range", earliest: "2025-05-20", latest: "2025-05-31", dateLabel: "By late May 2025" })).toBe(
      "By late May 2025",
    );
  });
});

describe("factDateTime", () => {
  it.each([
    [{ date: "2025-06-25", precision: "day" as const }, "2025-06-25"],
    [{ date: "2025-06-24", precision: "approximate" as const }, "2025-06-24"],
    [{ date: "2025-05-31", precision: "month" as const }, "2025-05"],
    [{ date: "2014-07-01", precision: "year" as const }, "2014"],
    [{ date: "2025-03-18", precision: "range" as const, earliest: "2025-03-18" }, "2025-03-18"],
  ])("%o → %s", (fact, expected) => {
    expect(factDateTime(fact)).toBe(expected);
  });
});
