// `npm run lighthouse [-- --port 3106] [--mobile] [--build]`: runs the Lighthouse CLI with Debian's Chromium
// against a production server (`next start` on the existing .next build, made first if missing) for the
// pages issue 6 names, and prints the four category scores of each. It reports and never gates: exit 0
// unless no server could be started. Performance scores on a shared 2-core machine are noisy.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { resolveRoutes, routeAvailability } from "./site-routes";
import { parseFlags } from "./bench/cli-flags";
import { probeStatus, startNextServer } from "./bench/next-server";

const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const OUT = path.resolve("reports/lighthouse");

const ReportSchema = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })) })),
  audits: z.record(z.string(), z.object({ title: z.string(), score: z.number().nullable(), scoreDisplayMode: z.string() })),
});

const flags = parseFlags(process.argv.slice(2));
const port = Number(flags.get("port") ?? process.env.LIGHTHOUSE_PORT ?? 3106);
const presets = flags.has("mobile") ? (["desktop", "mobile"] as const) : (["desktop"] as const);

type Row = { page: string; preset: string; scores: Partial<Record<Category, number>>; failing: string[]; charts: boolean; error?: string };

function runLighthouse(url: string, id: string, preset: "desktop" | "mobile"): Row["scores"] & { failing: string[] } {
  const output = path.join(OUT, `${id}-${preset}.json`);
  const args = [url, "--output=json", `--output-path=${output}`, `--chrome-flags=${CHROME_FLAGS}`, "--quiet", `--only-categories=${CATEGORIES.join(",")}`];
  if (preset === "desktop") args.push("--preset=desktop");
  const child = spawnSync(path.resolve("node_modules/.bin/lighthouse"), args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0 || !existsSync(output)) throw new Error(child.stderr.split("\n").filter(Boolean).slice(-3).join(" | ") || `exit ${child.status}`);
  const report = ReportSchema.parse(JSON.parse(readFileSync(output, "utf8")));
  const scores: Row["scores"] = {};
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const result = report.categories[category];
    if (!result || result.score === null) continue;
    scores[category] = Math.round(result.score * 100);
    if (category === "performance") continue;
    // What cost points outside performance: scored audits below full marks.
    for (const ref of result.auditRefs.filter((r) => r.weight > 0)) {
      const audit = report.audits[ref.id];
      if (audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative") failing.push(`${category}: ${audit.title}`);
    }
  }
  return { ...scores, failing };
}

function table(rows: readonly Row[]): string {
  const headers = ["Page", "Preset", "Performance", "Accessibility", "Best practices", "SEO", "Aims (a11y/BP/SEO 100; perf 90+ desktop, no charts)"];
  const aim = (row: Row) => {
    if (row.error) return `not run: ${row.error}`;
    const misses: string[] = (["accessibility", "best-practices", "seo"] as const).filter((c) => row.scores[c] !== 100);
    if (row.preset === "desktop" && !row.charts && (row.scores.performance ?? 0) < 90) misses.push("performance");
    return misses.length === 0 ? "met" : `below aim: ${misses.join(", ")}`;
  };
  const cells = rows.map((row) => [
    row.page,
    row.preset,
    ...CATEGORIES.map((c) => (row.scores[c] === undefined ? "–" : String(row.scores[c]))),
    aim(row),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

async function main(): Promise<void> {
  if (flags.has("build") || !existsSync(".next/BUILD_ID")) {
    console.log("building (npx next build)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startNextServer({ port, logFile: path.resolve(".bench/logs/lighthouse-server.log") });
  console.log(`server up on ${server.baseUrl} (PID ${server.pid}); Lighthouse ${presets.join(" + ")}, about 20 s a page…`);
  const rows: Row[] = [];
  try {
    for (const route of resolveRoutes().filter((r) => r.lighthouse)) {
      const availability = routeAvailability(route, await probeStatus(`${server.baseUrl}${route.path}`));
      if (availability.note) console.log(`note: ${availability.note}`);
      for (const preset of presets) {
        const row: Row = { page: `${route.label} ${route.path}`, preset, scores: {}, failing: [], charts: Boolean(route.charts) };
        if (!availability.run) {
          row.error = "route missing";
        } else {
          try {
            const { failing, ...scores } = runLighthouse(`${server.baseUrl}${route.path}`, route.id, preset);
            row.scores = scores;
            row.failing = failing;
          } catch (error) {
            row.error = (error as Error).message;
          }
        }
        console.log(`${row.page} (${preset}): ${row.error ?? CATEGORIES.map((c) => `${c} ${row.scores[c] ?? "–"}`).join(", ")}`);
        rows.push(row);
      }
    }
  } finally {
    await server.stop();
    console.log(`server (PID ${server.pid}) stopped`);
  }
  console.log(`\nLighthouse ${new Date().toISOString()} (JSON reports in ${path.relative(process.cwd(), OUT)}/)`);
  console.log(table(rows));
  const failing = rows.flatMap((row) => row.failing.map((f) => `  ${row.page} (${row.preset}) — ${f}`));
  if (failing.length > 0) console.log(`\nAudits below full marks outside performance:\n${[...new Set(failing)].join("\n")}`);
  console.log("\nPerformance scores on this shared 2-core machine are noisy: reported, not gated.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
