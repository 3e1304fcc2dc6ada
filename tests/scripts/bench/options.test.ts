import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "@/scripts/bench/options";

describe("parseBenchOptions", () => {
  it("defaults to both scales, 1000 requests, 3 runs, port 3106, building", () => {
    expect(parseBenchOptions([])).toEqual({ scales: [100, 1000], requests: 1000, runs: 3, buildRuns: undefined, port: 3106, skipBuild: false });
  });

  it("reads every option, spaced or with =", () => {
    expect(parseBenchOptions(["--scale", "100", "--requests=200", "--runs", "1", "--build-runs", "2", "--port", "3999", "--no-build"])).toEqual({
      scales: [100],
      requests: 200,
      runs: 1,
      buildRuns: 2,
      port: 3999,
      skipBuild: true,
    });
    expect(parseBenchOptions(["--scale", "100,1000"]).scales).toEqual([100, 1000]);
    expect(parseBenchOptions(["--only", "cold-start"]).only).toBe("cold-start");
  });

  it("falls back to BENCH_* variables, and the command line wins", () => {
    expect(parseBenchOptions([], { BENCH_SCALE: "2", BENCH_RUNS: "4" })).toMatchObject({ scales: [2], runs: 4 });
    expect(parseBenchOptions(["--scale", "100"], { BENCH_SCALE: "2" }).scales).toEqual([100]);
  });

  it.each([
    [["--scale", "0"], /--scale must be at least 1, got 0/],
    [["--scale", "1.5"], /--scale needs a whole number, got “1.5”/],
    [["--scale", "100,x"], /--scale needs a whole number/],
    [["--scale"], /--scale needs a whole number, got nothing/],
    [["--requests", "-5"], /--requests needs a whole number/],
    [["--runs", "0"], /--runs must be at least 1/],
    [["--build-runs", "abc"], /--build-runs needs a whole number/],
    [["--port", "80"], /--port must be between 1024 and 65535/],
    [["--no-build", "yes"], /--no-build takes no value/],
    [["--only", "build"], /--only takes “cold-start”, got “build”/],
    [["--only"], /--only takes “cold-start”, got nothing/],
    [["--sclae", "100"], /unknown option: --sclae/],
    [["--scale", "100", "1000"], /unexpected argument “1000”/],
    [["--scale=100", "1000"], /unexpected argument “1000”/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });
});
