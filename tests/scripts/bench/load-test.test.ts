import { describe, expect, it } from "vitest";
import { problems, requestsPerSecond, summarise } from "@/scripts/bench/load-test";
import { percentile } from "@/scripts/bench/stats";

describe("percentile", () => {
  it.each([
    [[], 50, Number.NaN],
    [[7], 99, 7],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 75, 3],
    [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
    [Array.from({ length: 100 }, (_, i) => i + 1), 100, 100],
    [[5, 1], 0, 1],
  ])("percentile(%j, %i) is %d", (values, p, expected) => {
    expect(percentile(values, p)).toEqual(expected);
  });
});

describe("summarise", () => {
  it("gives each kind, then all, its count, p50, p99 and errors", () => {
    const samples = [
      { kind: "hit", ms: 10, ok: true },
      { kind: "render", ms: 200, ok: true },
      { kind: "hit", ms: 30, ok: false },
      { kind: "hit", ms: 20, ok: true },
    ];
    expect(summarise(samples)).toEqual([
      { kind: "hit", requests: 3, p50: 20, p99: 30, errors: 1 },
      { kind: "render", requests: 1, p50: 200, p99: 200, errors: 0 },
      { kind: "all", requests: 4, p50: 20, p99: 200, errors: 1 },
    ]);
  });

  it("takes the median run's requests a second", () => {
    const run = (count: number, seconds: number) => ({ samples: Array.from({ length: count }, () => ({ kind: "x", ms: 1, ok: true })), seconds, connections: 1 });
    expect(requestsPerSecond([run(100, 1), run(100, 2), run(100, 4)])).toBe(50);
  });
});

describe("problems", () => {
  it("counts each distinct problem, most frequent first", () => {
    const failed = (problem: string) => ({ kind: "x", ms: 1, ok: false, problem });
    expect(problems([failed("HTTP 500 (/a)"), { kind: "x", ms: 1, ok: true }, failed("timed out after 60 s (/b)"), failed("timed out after 60 s (/b)")])).toEqual([
      "2 × timed out after 60 s (/b)",
      "1 × HTTP 500 (/a)",
    ]);
  });
});
