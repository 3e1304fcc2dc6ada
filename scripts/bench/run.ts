// `npm run bench [-- --scale 100|1000|100,1000] [--requests 1000] [--runs 3] [--build-runs N] [--port 3106] [--no-build]`
// Benchmarks the app on generated data (bench-data/x<scale>, built into .bench/next-x<scale>) and prints
// a report: each measure, its target from issue 6 and whether it was met. Never writes into data/ or .next/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { loadDataset } from "../../lib/data/load-dataset";
import { buildIndex } from "../../lib/queries/dataset-index";
import { filterTimeline } from "../../lib/queries/filter-timeline";
import { resolveRoutes, routeAvailability, sampleIds, type ResolvedRoute } from "../../tests/browser/support/hardening-routes";
import { generateBenchDataset } from "./bench-dataset";
import { parseFlags } from "./cli-flags";
import { typicalFilters } from "./filter-queries";
import { loadTest, type LoadResult } from "./load-test";
import { probeStatus, startNextServer } from "./next-server";
import { weighPage, type PageWeight } from "./page-weight";
import { formatBytes, formatMs, median, medianTiming, timeRuns, type Timing } from "./stats";

/** Issue 6's targets, met at 100x and reported at 1000x. */
const TARGETS = {
  loadMs: 1000,
  filterMs: 20,
  timelineP99Ms: 100,
  loadConnections: 50,
  timelineHtmlGzip: 500_000,
  extraJsGzip: 30_000,
} as const;

/**
 * Bytes one load-test run may move: big answers (the ~130 MB /api/dataset at 1000x, a home page listing
 * 5000 sources) get fewer requests, at least 10, so a run stays bounded in time too.
 */
const BYTES_PER_RUN = 1_000_000_000;

const flags = parseFlags(process.argv.slice(2));
const scales = (flags.get("scale") ?? process.env.BENCH_SCALE ?? "100,1000").split(",").map((s) => Number(s.trim()));
const requests = Number(flags.get("requests") ?? process.env.BENCH_REQUESTS ?? 1000);
const runs = Number(flags.get("runs") ?? process.env.BENCH_RUNS ?? 3);
const port = Number(flags.get("port") ?? process.env.BENCH_PORT ?? 3106);
const skipBuild = flags.has("no-build");
if (scales.some((s) => !Number.isInteger(s) || s < 1) || !(requests > 0) || !(runs > 0)) {
  console.error("usage: npm run bench -- [--scale 100|1000|100,1000] [--requests N] [--runs N] [--build-runs N] [--port N] [--no-build]");
  process.exit(2);
}

type Status = "met" | "NOT MET" | "reported" | string;
type Row = { measure: string; result: string; target: string; status: Status };


const met = (ok: boolean): Status => (ok ? "met" : "NOT MET");
const LOGS = path.resolve(".bench/logs");

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

const LoadLineSchema = z.object({ wall: z.number(), cpu: z.number() });

/** "812 ms (CPU 640 ms)" */
const formatTiming = (t: Timing) => `${formatMs(t.wall)} (CPU ${formatMs(t.cpu)})`;

/**
 * Judged on wall time, as a reader waits it; when only CPU time meets the target, the status says so,
 * since on a shared machine wall time also counts waiting for a core.
 */
function judge(t: Timing, limit: number): Status {
  if (t.wall < limit) return "met";
  return t.cpu < limit ? "NOT MET on wall time; met on CPU time (busy machine)" : "NOT MET";
}

/** Cold load + validation in fresh processes, as each server start pays it. */
function measureLoad(dir: string, count: number): Timing[] {
  return Array.from({ length: count }, () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/time-load.ts", dir], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`loading ${dir} failed:\n${child.stderr}`);
    return LoadLineSchema.parse(JSON.parse(child.stdout.trim().split("\n").at(-1)!));
  });
}

function buildInto(dir: string, distDir: string, scale: number, run: number): { ms: number; ok: boolean; log: string } {
  mkdirSync(LOGS, { recursive: true });
  const log = path.join(LOGS, `build-x${scale}-${run}.log`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dir, NEXT_DIST_DIR: distDir },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  writeFileSync(log, `${child.stdout ?? ""}\n${child.stderr ?? ""}`);
  return { ms, ok: child.status === 0, log };
}

function loadSummary(results: readonly LoadResult[]): { rps: number; p50: number; p99: number; errors: number; requests: number; connections: number } {
  return {
    rps: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    connections: results[0]?.connections ?? 0,
  };
}

async function benchScale(scale: number): Promise<string> {
  const out: string[] = [];
  const say = (line: string) => {
    console.log(line);
    out.push(line);
  };
  const buildRuns = Number(flags.get("build-runs") ?? (scale >= 1000 ? 1 : 3));
  const loadRuns = scale >= 1000 ? Math.max(3, Math.min(runs, 3)) : Math.max(5, runs);
  const rows: Row[] = [];

  console.log(`\n=== x${scale}: preparing data…`);
  const generateStarted = performance.now();
  const { dir, generated } = generateBenchDataset({ scale });
  console.log(`${generated ? "generated" : "reusing"} ${path.relative(process.cwd(), dir)} (${formatMs(performance.now() - generateStarted)})`);

  // 1. Load + validation.
  console.log("timing load + validation…");
  const loadTimes = measureLoad(dir, loadRuns);
  const load = medianTiming(loadTimes);
  console.log(`  ${loadTimes.map(formatTiming).join(", ")}`);
  rows.push({ measure: `Data load + validation (fresh process, median of ${loadRuns})`, result: formatTiming(load), target: "< 1 s", status: judge(load, TARGETS.loadMs) });

  // 2. Filter queries, in process on the loaded index.
  console.log("timing filters…");
  const index = buildIndex(loadDataset(dir));
  const sizes = (["articles", "actors", "events", "statements", "proposals", "counts"] as const).map((k) => `${index.dataset[k].length} ${k}`).join(", ");
  // Free-text search folds each entry's text once per process; the first query pays for it.
  const firstQuery = timeRuns(1, () => filterTimeline(index, { q: "ceasefire" }), 0)[0]!;
  rows.push({ measure: "First free-text query in a process (builds the search cache)", result: formatTiming(firstQuery), target: "reported", status: "reported" });
  for (const { name, filter } of typicalFilters(index)) {
    let matched = 0;
    const timing = medianTiming(timeRuns(20, () => (matched = filterTimeline(index, filter).length)));
    rows.push({ measure: `Filter ${name} → ${matched} of ${index.timeline.length} (median of 20)`, result: formatTiming(timing), target: "< 20 ms", status: judge(timing, TARGETS.filterMs) });
  }

  // 3. next build into its own folder.
  const distDir = `.bench/next-x${scale}`;
  let built = skipBuild && existsSync(path.join(distDir, "BUILD_ID"));
  if (skipBuild) {
    rows.push({ measure: "next build", result: built ? "–" : "no build found", target: "reported", status: built ? "not measured: --no-build (reused)" : "not measured" });
  } else {
    const times: number[] = [];
    for (let run = 1; run <= buildRuns; run += 1) {
      console.log(`next build ${run}/${buildRuns} (DATA_DIR=${path.relative(process.cwd(), dir)}, distDir ${distDir})…`);
      const result = buildInto(dir, distDir, scale, run);
      if (!result.ok) {
        rows.push({ measure: "next build", result: "FAILED", target: "succeeds", status: `NOT MET (log: ${path.relative(process.cwd(), result.log)})` });
        break;
      }
      times.push(result.ms);
      console.log(`  built in ${formatMs(result.ms)}`);
    }
    built = times.length === buildRuns;
    if (built) rows.push({ measure: `next build (median of ${buildRuns})`, result: formatMs(median(times)), target: "reported", status: "reported" });
  }

  const weights: { route: ResolvedRoute; weight: PageWeight }[] = [];
  if (built) {
    const server = await startNextServer({ port, env: { DATA_DIR: dir, NEXT_DIST_DIR: distDir }, logFile: path.join(LOGS, `server-x${scale}.log`) });
    console.log(`server up on ${server.baseUrl} (PID ${server.pid})`);
    try {
      const routes = resolveRoutes(sampleIds(dir));
      const available = new Map<string, boolean>();
      for (const route of routes) {
        const availability = routeAvailability(route, await probeStatus(`${server.baseUrl}${route.path}`));
        if (availability.note) console.log(`note: ${availability.note}`);
        available.set(route.id, availability.run);
      }

      // 4. HTML and JS bytes per page.
      console.log("weighing pages…");
      const chunkCache = new Map<string, Buffer>();
      for (const route of routes.filter((r) => r.kind === "page" && available.get(r.id))) {
        try {
          weights.push({ route, weight: await weighPage(server.baseUrl, route.path, chunkCache) });
        } catch (error) {
          rows.push({ measure: `Weigh ${route.path}`, result: "FAILED", target: "answers", status: `NOT MET: ${(error as Error).message}` });
        }
      }
      const baseline = weights.find((w) => w.route.id === "not-found")?.weight.js;
      const timelineWeight = weights.find((w) => w.route.id === "timeline")?.weight;
      rows.push(
        timelineWeight
          ? { measure: "/timeline HTML, gzip", result: formatBytes(timelineWeight.html.gzip), target: "< 500 kB", status: met(timelineWeight.html.gzip < TARGETS.timelineHtmlGzip) }
          : { measure: "/timeline HTML, gzip", result: "–", target: "< 500 kB", status: "not measured: route missing" },
      );
      for (const id of ["timeline", "proposals", "figures"]) {
        const route = routes.find((r) => r.id === id)!;
        const weight = weights.find((w) => w.route.id === id)?.weight;
        const allowance = TARGETS.extraJsGzip + (route.charts ? (weight?.rechartsJs.gzip ?? 0) : 0);
        const target = `≤ baseline + ${route.charts ? "recharts + " : ""}30 kB`;
        if (!weight || !baseline) {
          rows.push({ measure: `${route.path} JS, gzip`, result: "–", target, status: "not measured: route missing" });
          continue;
        }
        const extra = weight.js.gzip - baseline.gzip;
        const detail = route.charts ? `; recharts chunks ${formatBytes(weight.rechartsJs.gzip)}` : "";
        rows.push({
          measure: `${route.path} JS, gzip (baseline ${formatBytes(baseline.gzip)}${detail})`,
          result: `${formatBytes(weight.js.gzip)} (${extra >= 0 ? "+" : ""}${formatBytes(extra)})`,
          target,
          status: met(extra <= allowance),
        });
      }

      // 5. Timeline views are cached pages (proxy.ts): a view's first request renders it. Time that
      // render on views nobody asked for yet (a query unique to this run), sequentially.
      const coldViews: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        await (await fetch(`${server.baseUrl}/timeline?type=statement&q=${encodeURIComponent(`s ${Date.now()} ${run}`)}`)).arrayBuffer();
        coldViews.push(performance.now() - started);
      }
      rows.push({ measure: "/timeline view not yet cached: first request, which renders it (median of 5)", result: formatMs(median(coldViews)), target: "reported", status: "reported" });

      // 6. Load tests.
      const party = loadDataset(dir).actors.find((a) => a.role === "party" && !a.organisationId)?.id ?? "israel";
      const byId = (id: string) => routes.find((r) => r.id === id)!;
      const scenarios = [
        { name: "/timeline (unfiltered)", route: byId("timeline"), url: byId("timeline").path, target: true },
        { name: `/timeline?actor=${party}&type=statement`, route: byId("timeline"), url: `${byId("timeline").path}?actor=${party}&type=statement`, target: true },
        { name: `event page ${byId("event").path}`, route: byId("event"), url: byId("event").path, target: false },
        { name: "home /", route: byId("home"), url: "/", target: false },
        { name: "/api/dataset", route: byId("api-dataset"), url: "/api/dataset", target: false },
        // The server's floor on this machine: a 200-byte static file, no page work at all.
        { name: "floor: /icon.svg (static file)", route: byId("home"), url: "/icon.svg", target: false },
      ];
      for (const scenario of scenarios) {
        const targetText = scenario.target ? "p99 < 100 ms at 50 conn., 0 errors" : "reported";
        if (!available.get(scenario.route.id)) {
          rows.push({ measure: `Load ${scenario.name}`, result: "–", target: targetText, status: "not measured: route missing" });
          continue;
        }
        const url = `${server.baseUrl}${scenario.url}`;
        let amount = 0;
        const results: LoadResult[] = [];
        try {
          const size = (await (await fetch(url, { headers: { "accept-encoding": "identity" } })).arrayBuffer()).byteLength;
          amount = Math.max(10, Math.min(requests, Math.floor(BYTES_PER_RUN / Math.max(size, 1))));
          console.log(`load test ${scenario.name}: ${runs} × ${amount} requests…`);
          await loadTest(url, { connections: TARGETS.loadConnections, amount: Math.min(100, amount) }); // warm-up, not counted
          for (let run = 0; run < runs; run += 1) results.push(await loadTest(url, { connections: TARGETS.loadConnections, amount }));
        } catch (error) {
          rows.push({ measure: `Load ${scenario.name}`, result: "FAILED", target: targetText, status: `NOT MET: ${(error as Error).message}` });
          continue;
        }
        const s = loadSummary(results);
        rows.push({
          measure: `Load ${scenario.name} (${s.connections} conn., ${runs} × ${amount} req., medians)`,
          result: `${Math.round(s.rps)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.errors} errors`,
          target: targetText,
          status: scenario.target ? met(s.p99 < TARGETS.timelineP99Ms && s.errors === 0 && s.connections === TARGETS.loadConnections) : "reported",
        });
      }
    } finally {
      await server.stop();
      console.log(`server (PID ${server.pid}) stopped`);
    }
  }

  say(`\n## Benchmark at x${scale} — ${sizes}; ${index.timeline.length} timeline entries`);
  say(table(["Measure", "Result", "Target", "Status"], rows.map((r) => [r.measure, r.result, r.target, r.status])));
  if (weights.length > 0) {
    say("\nBytes sent per page (HTML document; JS = every <script src> chunk; gzip at zlib's default level):");
    say(
      table(
        ["Page (status)", "HTML raw / gzip", "JS raw / gzip", "Scripts"],
        weights.map(({ route, weight }) => [
          `${route.path} (${weight.status})`,
          `${formatBytes(weight.html.raw)} / ${formatBytes(weight.html.gzip)}`,
          `${formatBytes(weight.js.raw)} / ${formatBytes(weight.js.gzip)}`,
          String(weight.scripts.length),
        ]),
      ),
    );
    say("Framework baseline = the JavaScript of the not-found page (/no-such-page): the Next.js/React runtime and root layout, no page code.");
  }
  return out.join("\n");
}

async function main(): Promise<void> {
  const envLine = `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"} · Node ${process.version} · load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
  console.log(`Ceasefire Tracker benchmark · ${envLine}`);
  const nextEnvFile = path.resolve("next-env.d.ts");
  const nextEnv = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, "utf8") : undefined;
  // Builds into another distDir rewrite next-env.d.ts to point there; put the normal one back, also
  // when interrupted.
  const restoreNextEnv = () => {
    if (nextEnv !== undefined) writeFileSync(nextEnvFile, nextEnv);
  };
  process.on("exit", restoreNextEnv);
  const reports: string[] = [];
  try {
    for (const scale of scales) reports.push(await benchScale(scale));
  } finally {
    restoreNextEnv();
  }
  const full = ["# Ceasefire Tracker benchmark", envLine, ...reports].join("\n");
  mkdirSync(".bench", { recursive: true });
  const reportFile = path.resolve(".bench", `report-x${scales.join("-x")}.md`);
  writeFileSync(reportFile, `${full}\n`);
  console.log(`\n${"=".repeat(24)} REPORT ${"=".repeat(24)}\n${full}\n\n(saved to ${path.relative(process.cwd(), reportFile)})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
