// `npm test`: every suite in order, each run even if an earlier one failed, then one summary line
// "N passed, N failed" summed over all of them (static checks count one each) for CI to read. Before it,
// where the time went: each step's wall time and the slowest test files and tests (also written to
// reports/test-timings.md).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { playwrightTimings, timingsMarkdown, vitestTimings } from "./test-timings.mjs";

const REPORTS = "reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  { name: "typecheck", cmd: "npm run typecheck" },
  { name: "lint", cmd: "npm run lint" },
  { name: "data", cmd: "npm run check-data" },
  { name: "unit", cmd: `npx vitest run --reporter=default --reporter=json --outputFile.json=${REPORTS}/vitest.json`, report: "vitest" },
  { name: "build", cmd: "npx next build" },
  { name: "browser", cmd: "npx playwright test", report: "playwright", needs: "build" },
  // The review tool exists only under `next dev`: its own server, on a temporary data folder.
  { name: "review", cmd: "npx playwright test --config playwright.review.config.ts", report: "playwright-review" },
];

const only = process.argv.slice(2);
const results = [];
let passed = 0;
let failed = 0;

function countVitest() {
  const json = JSON.parse(readFileSync(`${REPORTS}/vitest.json`, "utf8"));
  return { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0) };
}

function countPlaywright(report) {
  const stats = JSON.parse(readFileSync(`${REPORTS}/${report}.json`, "utf8")).stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.needs && results.find((r) => r.name === step.needs && !r.ok)) {
    console.log(`\n▶ ${step.name}: skipped, ${step.needs} failed`);
    results.push({ name: step.name, ok: false });
    failed += 1;
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd}`);
  const started = performance.now();
  const run = spawnSync(step.cmd, { stdio: "inherit", shell: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const ok = run.status === 0;
  const ms = performance.now() - started;
  results.push({ name: step.name, ok, ms, seconds: Math.round(ms / 1000) });
  const reportFile = step.report && `${REPORTS}/${step.report}.json`;
  if (reportFile && existsSync(reportFile)) {
    const counts = step.report === "vitest" ? countVitest() : countPlaywright(step.report);
    passed += counts.passed;
    // A runner that crashed before reporting a failure still fails the suite.
    failed += counts.failed > 0 || ok ? counts.failed : 1;
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
}

/** A runner's JSON report, or undefined when it wrote none (or an unreadable one). */
function readReport(name) {
  try {
    return JSON.parse(readFileSync(`${REPORTS}/${name}.json`, "utf8"));
  } catch {
    return undefined;
  }
}

// Timings must never change the outcome: any trouble reading them is printed and the run goes on.
try {
  const vitest = readReport("vitest");
  const playwright = readReport("playwright");
  const markdown = timingsMarkdown({
    steps: results,
    vitest: vitest && vitestTimings(vitest),
    playwright: playwright && playwrightTimings(playwright),
  });
  writeFileSync(`${REPORTS}/test-timings.md`, `${markdown}\n`);
  console.log(`\n${markdown}\n\n(timings saved to ${REPORTS}/test-timings.md)`);
} catch (error) {
  console.log(`\n(no timings: ${error instanceof Error ? error.message : String(error)})`);
}

console.log("\nSuites: " + results.map((r) => `${r.name} ${r.ok ? "ok" : "FAILED"}${r.seconds !== undefined ? ` (${r.seconds}s)` : ""}`).join(", "));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
