import { describe, expect, it } from "vitest";
import { rangeQuery } from "@/lib/params/range-query";

describe("rangeQuery", () => {
  it.each([
    [{}, ""],
    [{ from: "2025-01-01" }, "?from=2025-01-01"],
    [{ to: "2024-12-31" }, "?to=2024-12-31"],
    [{ from: "2024-01-01", to: "2024-12-31" }, "?from=2024-01-01&to=2024-12-31"],
  ])("%j → %s", (range, expected) => {
    expect(rangeQuery(range)).toBe(expected);
  });
});
