// What `npm test`'s time goes to: each step's wall time and the slowest test files and tests, read from
// the Vitest and Playwright JSON reports. Pure functions; scripts/run-tests.mjs reads the files and prints.
import path from "node:path";

/** "1 m 05 s" or "12.3 s" or "340 ms". */
export function formatDuration(ms) {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 60_000) {
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} m ${String(seconds % 60).padStart(2, "0")} s`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms)} ms`;
}

const relative = (file, root) => (path.isAbsolute(file) ? path.relative(root, file) : file);

/**
 * Vitest's JSON report → one record per test file (time from its first test's start to its last one's
 * end: collecting and importing the file is not in the report) and one per test.
 */
export function vitestTimings(report, root = process.cwd()) {
  const files = [];
  const tests = [];
  for (const result of report?.testResults ?? []) {
    const file = relative(result.name, root);
    files.push({ file, ms: Math.max(0, (result.endTime ?? 0) - (result.startTime ?? 0)), tests: result.assertionResults?.length ?? 0 });
    for (const test of result.assertionResults ?? []) tests.push({ file, title: test.fullName ?? test.title, ms: test.duration ?? 0 });
  }
  return { files, tests };
}

/**
 * Playwright's JSON report → per test file the sum of its tests' run times (every retry counted: each
 * took time), and per test its slowest attempt. Files run in parallel workers, so the sums can add up
 * to more than the step's wall time.
 */
export function playwrightTimings(report) {
  const byFile = new Map();
  const tests = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      const file = spec.file ?? suite.file ?? suite.title;
      for (const test of spec.tests ?? []) {
        const durations = (test.results ?? []).map((r) => r.duration ?? 0);
        const total = durations.reduce((a, b) => a + b, 0);
        const entry = byFile.get(file) ?? { file, ms: 0, tests: 0 };
        entry.ms += total;
        entry.tests += 1;
        byFile.set(file, entry);
        tests.push({ file, title: [...titles, spec.title].filter(Boolean).join(" › "), ms: Math.max(0, ...durations) });
      }
    }
    for (const child of suite.suites ?? []) visit(child, suite.file && child.file === suite.file ? [...titles, child.title] : titles);
  };
  for (const suite of report?.suites ?? []) visit(suite, []);
  return { files: [...byFile.values()], tests };
}

/** The `count` slowest records, slowest first (ties by name, so the order is stable). */
export function slowest(records, count) {
  return [...records].sort((a, b) => b.ms - a.ms || (a.title ?? a.file).localeCompare(b.title ?? b.file)).slice(0, count);
}

/**
 * The timings as Markdown: steps (wall time, share of the total, outcome), then the slowest files and
 * tests of each runner that reported.
 */
export function timingsMarkdown({ steps, vitest, playwright, top = 5 }) {
  const total = steps.reduce((sum, s) => sum + (s.ms ?? 0), 0);
  const lines = ["# npm test: where the time goes", "", "| Step | Wall time | Share | Result |", "|---|---|---|---|"];
  for (const step of steps) {
    const share = step.ms !== undefined && total > 0 ? `${Math.round((step.ms / total) * 100)}%` : "–";
    lines.push(`| ${step.name} | ${step.ms === undefined ? "skipped" : formatDuration(step.ms)} | ${share} | ${step.ok ? "ok" : step.ms === undefined ? "skipped" : "FAILED"} |`);
  }
  lines.push(`| total | ${formatDuration(total)} | 100% | |`);
  const section = (title, timings, fileNote) => {
    if (!timings || timings.files.length === 0) return;
    lines.push("", `## ${title}: slowest files (${fileNote})`, "", "| File | Time | Tests |", "|---|---|---|");
    for (const f of slowest(timings.files, top)) lines.push(`| ${f.file} | ${formatDuration(f.ms)} | ${f.tests} |`);
    lines.push("", `## ${title}: slowest tests`, "", "| Test | File | Time |", "|---|---|---|");
    for (const t of slowest(timings.tests, top)) lines.push(`| ${t.title.replaceAll("|", "\\|")} | ${t.file} | ${formatDuration(t.ms)} |`);
  };
  section("Vitest", vitest, "first test's start to last test's end; imports not included");
  section("Playwright", playwright, "sum of their tests' run times, across 2 parallel workers");
  return lines.join("\n");
}
