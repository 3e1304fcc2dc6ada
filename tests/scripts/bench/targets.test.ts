import { describe, expect, it } from "vitest";
import { formatBytes, formatMs } from "@/scripts/bench/stats";
import { formatTable, ISSUE_10_TARGETS, judgedRow, tally, targetsFor, targetText, verdict } from "@/scripts/bench/targets";

describe("targetsFor", () => {
  it.each([
    [1, 100],
    [2, 100],
    [100, 100],
    [101, 1000],
    [1000, 1000],
    [5000, 1000],
  ])("scale %i is held to the %ix table", (scale, basis) => {
    expect(targetsFor(scale).basis).toBe(basis);
  });

  it("holds issue 10's figures", () => {
    expect(targetsFor(100)).toEqual({ basis: 100, buildMs: 60_000, coldStartMs: 1_000, filterMs: 5, coldViewMs: 100 });
    expect(targetsFor(1000)).toEqual({ basis: 1000, buildMs: 300_000, coldStartMs: 5_000, filterMs: 20, pageHtmlGzipBytes: 500_000 });
    expect(ISSUE_10_TARGETS).toHaveLength(2);
  });

  it("refuses an empty table", () => {
    expect(() => targetsFor(100, [])).toThrow(/no targets/);
  });
});

describe("verdict and rows", () => {
  it.each([
    [4.9, 5, "met"],
    [5, 5, "not met"],
    [7, 5, "not met"],
    [Number.NaN, 5, "not met"],
    [undefined, 5, "not met"],
    [7, undefined, "reported"],
  ] as const)("%s against %s is %s", (value, limit, status) => {
    expect(verdict(value, limit)).toBe(status);
  });

  it("prints the target with the figure's own format, or where another scale sets one", () => {
    expect(targetText(1000, formatMs)).toBe("< 1000 ms");
    expect(targetText(500_000, formatBytes)).toBe("< 500.0 kB");
    expect(targetText(undefined, formatMs)).toBe("reported");
    expect(targetText(undefined, formatBytes, "target < 500.0 kB at 1000x")).toBe("reported (target < 500.0 kB at 1000x)");
  });

  it("builds a row with figure, target and status", () => {
    expect(judgedRow("Cold start", 812, 1000, formatMs)).toEqual({ measure: "Cold start", result: "812 ms", target: "< 1000 ms", status: "met" });
    expect(judgedRow("Build", undefined, 60_000, formatMs)).toEqual({ measure: "Build", result: "–", target: "< 60.0 s", status: "not met" });
  });

  it("counts met and not met, ignoring reported rows", () => {
    const rows = [
      { measure: "a", result: "", target: "", status: "met" },
      { measure: "b", result: "", target: "", status: "not met" },
      { measure: "c", result: "", target: "", status: "not met: on wall time; CPU time alone meets it (busy machine)" },
      { measure: "d", result: "", target: "", status: "reported" },
      { measure: "e", result: "", target: "", status: "not measured: --no-build (reused)" },
    ];
    expect(tally(rows)).toBe("1 met, 2 not met");
  });
});

describe("formatTable", () => {
  it("pads each column to its widest cell", () => {
    expect(formatTable(["Measure", "Status"], [["Build", "met"], ["Cold start", "not met"]])).toBe(
      ["| Measure    | Status  |", "|------------|---------|", "| Build      | met     |", "| Cold start | not met |"].join("\n"),
    );
  });
});
