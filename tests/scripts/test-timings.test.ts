import { describe, expect, it } from "vitest";
import { formatDuration, playwrightTimings, slowest, timingsMarkdown, vitestTimings } from "@/scripts/test-timings.mjs";

const vitestReport = {
  testResults: [
    {
      name: "/repo/tests/lib/a.test.ts",
      startTime: 1000,
      endTime: 1450,
      assertionResults: [
        { fullName: "a one", title: "one", duration: 400 },
        { fullName: "a two", title: "two", duration: 40 },
      ],
    },
    { name: "/repo/tests/lib/b.test.ts", startTime: 2000, endTime: 2100, assertionResults: [{ fullName: "b one", duration: 90 }] },
  ],
};

const playwrightReport = {
  suites: [
    {
      title: "timeline.spec.ts",
      file: "timeline.spec.ts",
      specs: [{ title: "filters", file: "timeline.spec.ts", tests: [{ results: [{ duration: 3000 }, { duration: 2000 }] }] }],
      suites: [
        {
          title: "keyboard",
          file: "timeline.spec.ts",
          specs: [{ title: "tabs", file: "timeline.spec.ts", tests: [{ results: [{ duration: 500 }] }] }],
        },
      ],
    },
    { title: "home.spec.ts", file: "home.spec.ts", specs: [{ title: "loads", file: "home.spec.ts", tests: [{ results: [{ duration: 800 }] }] }] },
  ],
};

describe("formatDuration", () => {
  it.each([
    [340.4, "340 ms"],
    [1000, "1.0 s"],
    [12_345, "12.3 s"],
    [65_000, "1 m 05 s"],
    [Number.NaN, "–"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("vitestTimings", () => {
  it("gives each file its start-to-end time relative to the root, and each test its duration", () => {
    const { files, tests } = vitestTimings(vitestReport, "/repo");
    expect(files).toEqual([
      { file: "tests/lib/a.test.ts", ms: 450, tests: 2 },
      { file: "tests/lib/b.test.ts", ms: 100, tests: 1 },
    ]);
    expect(tests[0]).toEqual({ file: "tests/lib/a.test.ts", title: "a one", ms: 400 });
  });

  it("copes with a missing report", () => {
    expect(vitestTimings(undefined)).toEqual({ files: [], tests: [] });
  });
});

describe("playwrightTimings", () => {
  it("sums every attempt per file, keeps each test's slowest attempt and its describe titles", () => {
    const { files, tests } = playwrightTimings(playwrightReport);
    expect(files).toEqual([
      { file: "timeline.spec.ts", ms: 5500, tests: 2 },
      { file: "home.spec.ts", ms: 800, tests: 1 },
    ]);
    expect(tests).toContainEqual({ file: "timeline.spec.ts", title: "filters", ms: 3000 });
    expect(tests).toContainEqual({ file: "timeline.spec.ts", title: "keyboard › tabs", ms: 500 });
  });
});

describe("slowest", () => {
  it("orders slowest first and cuts to the count", () => {
    expect(slowest([{ file: "a", ms: 1 }, { file: "b", ms: 3 }, { file: "c", ms: 2 }], 2).map((r) => r.file)).toEqual(["b", "c"]);
  });
});

describe("timingsMarkdown", () => {
  it("lists the steps with their share, then the slowest files and tests of each runner", () => {
    const markdown = timingsMarkdown({
      steps: [
        { name: "typecheck", ms: 30_000, ok: true },
        { name: "build", ms: 90_000, ok: false },
        { name: "browser", ok: false },
      ],
      vitest: vitestTimings(vitestReport, "/repo"),
      playwright: playwrightTimings(playwrightReport),
      top: 1,
    });
    expect(markdown).toContain("| typecheck | 30.0 s | 25% | ok |");
    expect(markdown).toContain("| build | 1 m 30 s | 75% | FAILED |");
    expect(markdown).toContain("| browser | skipped | – | skipped |");
    expect(markdown).toContain("| total | 2 m 00 s | 100% | |");
    expect(markdown).toContain("| tests/lib/a.test.ts | 450 ms | 2 |");
    expect(markdown).not.toContain("b.test.ts");
    expect(markdown).toContain("| timeline.spec.ts | 5.5 s | 2 |");
    expect(markdown).toContain("| filters | timeline.spec.ts | 3.0 s |");
  });
});
