// `npm run bench [-- --scale 100|1000|100,1000] [--requests 1000] [--runs 3] [--build-runs N] [--port 3106] [--no-build] [--only cold-start]`
// Benchmarks the app on generated data (bench-data/x<scale>, built into .bench/next-x<scale>) and prints
// a report: each measure, its target from issue 10 and whether it was met. Never writes into data/ or .next/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDataset } from "../../lib/data/load-dataset";
import { buildIndex, type DatasetIndex } from "../../lib/queries/dataset-index";
import { filterTimeline } from "../../lib/queries/filter-timeline";
import { TIMELINE_PAGE_SIZE } from "../../lib/queries/paginate";
import { resolveRoutes, routeAvailability, sampleIds, type ResolvedRoute } from "../site-routes";
import { generateBenchDataset } from "./bench-dataset";
import { bundleTimeLoad, measureColdStarts, type ColdStart } from "./cold-start";
import { typicalFilters } from "./filter-queries";
import { loadMix, MIX_WEIGHTS } from "./load-mix";
import { loadTest, problems, requestsPerSecond, summarise, type LoadRun } from "./load-test";
import { probeStatus, startNextServer } from "./next-server";
import { BENCH_USAGE, parseBenchOptions, type BenchOptions } from "./options";
import { weighPage, type PageWeight } from "./page-weight";
import { formatBytes, formatMs, median, medianTiming, timeRuns, type Timing } from "./stats";
import { formatTable, ISSUE_10_TARGETS, judgedRow, tally, targetsFor, targetText, type Row, type ScaleTargets } from "./targets";
import { busiestActors, countEntries, dateCutViews, fullPageViews } from "./timeline-views";

/** Issue 6's JavaScript budget, still checked: page code on top of the framework baseline, gzip. */
const EXTRA_JS_GZIP = 30_000;
/** Concurrent clients of the load test. */
const CONNECTIONS = 50;
/** Cold timeline views timed (after the first dynamic render of the server, reported apart). */
const COLD_VIEWS = 5;
/** Timeline views the load mix asks for again and again (cache hits). */
const REPEATED_VIEWS = 10;

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`npm run bench: ${(error as Error).message}\n${BENCH_USAGE}`);
  process.exit(1);
}
const { requests, runs, port, skipBuild } = options;

const LOGS = path.resolve(".bench/logs");

/** "812 ms (CPU 640 ms)" */
const formatTiming = (t: Timing) => `${formatMs(t.wall)} (CPU ${formatMs(t.cpu)})`;

/**
 * Judged on wall time, as a reader waits it; when only CPU time meets the limit, the status says so,
 * since on a shared machine wall time also counts waiting for a core.
 */
function timedRow(measure: string, t: Timing, limit: number | undefined, elsewhere?: string): Row {
  const row = judgedRow(measure, t.wall, limit, formatMs, elsewhere);
  row.result = formatTiming(t);
  if (row.status === "not met" && limit !== undefined && t.cpu < limit) row.status = "not met: on wall time; CPU time alone meets it (busy machine)";
  return row;
}

/** Where another scale's table sets a limit this one does not: "target < 500 kB at 1000x". */
function elsewhere(key: keyof Omit<ScaleTargets, "basis">, format: (n: number) => string, own: ScaleTargets): string | undefined {
  const other = ISSUE_10_TARGETS.find((t) => t.basis !== own.basis && t[key] !== undefined);
  return other ? `target < ${format(other[key]!)} at ${other.basis}x` : undefined;
}

function buildInto(dir: string, distDir: string, scale: number, run: number): { ms: number; ok: boolean; log: string } {
  mkdirSync(LOGS, { recursive: true });
  const log = path.join(LOGS, `build-x${scale}-${run}.log`);
  // A cold build, as on a fresh clone: Next 16 keeps a Turbopack cache in the build folder, and a build
  // over a warm one compiled in 4 s instead of 25 s.
  rmSync(distDir, { recursive: true, force: true });
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

/** The actor whose page has the most to list: most timeline entries with its people and bodies. */
function biggestActorRoute(index: DatasetIndex, routes: readonly ResolvedRoute[]): ResolvedRoute | undefined {
  const actor = routes.find((r) => r.id === "actor");
  const id = busiestActors(index, 1)[0];
  return actor && id ? { ...actor, id: "actor-biggest", label: "Biggest actor page", path: `/actors/${id}` } : undefined;
}

async function fetchTimed(url: string): Promise<{ ms: number; status: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  return { ms: performance.now() - started, status: response.status, html };
}

/** Fresh processes per scale: the median of five holds still better than of three on this drifting VM. */
const COLD_RUNS = 5;

/**
 * Cold starts of every scale, timed before any build, server or load test runs: the 1000x cold start
 * timed right after the 100x load test was a third slower than on a settled machine.
 */
function measureAllColdStarts(coldStartBundle: string): Map<number, { dir: string; starts: ColdStart[] }> {
  const starts = new Map<number, { dir: string; starts: ColdStart[] }>();
  for (const scale of options.scales) {
    const generateStarted = performance.now();
    const { dir, generated } = generateBenchDataset({ scale });
    console.log(`${generated ? "generated" : "reusing"} ${path.relative(process.cwd(), dir)} (${formatMs(performance.now() - generateStarted)})`);
    console.log(`x${scale}: timing cold starts (${COLD_RUNS} fresh processes)…`);
    starts.set(scale, { dir, starts: measureColdStarts(coldStartBundle, dir, COLD_RUNS) });
  }
  return starts;
}

async function benchScale(scale: number, { dir, starts }: { dir: string; starts: readonly ColdStart[] }): Promise<string> {
  const out: string[] = [];
  const say = (line: string) => {
    console.log(line);
    out.push(line);
  };
  const targets = targetsFor(scale);
  const buildRuns = options.buildRuns ?? (scale >= 1000 ? 1 : 3);
  const coldRuns = starts.length;
  const rows: Row[] = [];

  console.log(`\n=== x${scale} (targets of the ${targets.basis}x table)`);

  // 1. Cold start: read + validate + index in a fresh process, timed from the process's start (measured first, for every scale).
  const pick = (key: keyof ColdStart) => median(starts.map((s) => s[key]));
  console.log(`  start → index ready: ${starts.map((s) => formatMs(s.ready)).join(", ")}`);
  rows.push(
    timedRow(
      `Cold start: fresh process, start → index ready (read + validate + index), median of ${coldRuns}`,
      { wall: pick("ready"), cpu: pick("cpu") },
      targets.coldStartMs,
      elsewhere("coldStartMs", formatMs, targets),
    ),
    {
      measure: "  of which: Node start + loading the bundle / read + validate / index",
      result: `${formatMs(pick("startup"))} / ${formatMs(pick("load"))} / ${formatMs(pick("index"))}`,
      target: "reported",
      status: "reported",
    },
    { measure: "  whole process, spawn → exit (as the parent sees it)", result: formatMs(pick("process")), target: "reported", status: "reported" },
    { measure: "  each run, start → index ready", result: starts.map((s) => formatMs(s.ready)).join(", "), target: "reported", status: "reported" },
    {
      // The same fixed work every time: when it reads slow, so does everything else in that sitting.
      measure: "  machine reference before each run (the same JSON work in a fresh process whatever the code: a slow sitting reads slow here)",
      result: `${starts.map((s) => formatMs(s.reference)).join(", ")} (median ${formatMs(pick("reference"))})`,
      target: "reported",
      status: "reported",
    },
  );

  if (options.only === "cold-start") {
    say(`\n## Cold start at x${scale} — ${starts[0]!.entries} timeline entries (--only cold-start)`);
    say(formatTable(["Measure", "Result", "Target", "Status"], rows.map((r) => [r.measure, r.result, r.target, r.status])));
    return out.join("\n");
  }

  // 2. Filter queries, in this process on an index built once.
  console.log("timing filters…");
  const index = buildIndex(loadDataset(dir));
  const sizes = (["articles", "actors", "events", "statements", "proposals", "counts"] as const).map((k) => `${index.dataset[k].length} ${k}`).join(", ");
  const firstQuery = timeRuns(1, () => filterTimeline(index, { q: "ceasefire" }), 0)[0]!;
  rows.push({ measure: "First free-text query in a process", result: formatTiming(firstQuery), target: "reported", status: "reported" });
  for (const { name, filter } of typicalFilters(index)) {
    let matched = 0;
    const timing = medianTiming(timeRuns(20, () => (matched = filterTimeline(index, filter).length)));
    rows.push(timedRow(`Filter ${name} → ${matched} of ${index.timeline.length} (median of 20)`, timing, targets.filterMs, elsewhere("filterMs", formatMs, targets)));
  }

  // 3. next build into its own folder.
  const distDir = `.bench/next-x${scale}`;
  let built = skipBuild && existsSync(path.join(distDir, "BUILD_ID"));
  if (skipBuild) {
    rows.push({ measure: "next build", result: built ? "–" : "no build found", target: targetText(targets.buildMs, formatMs), status: built ? "not measured: --no-build (reused)" : "not measured: --no-build and no build" });
  } else {
    const times: number[] = [];
    for (let run = 1; run <= buildRuns; run += 1) {
      console.log(`next build ${run}/${buildRuns} (DATA_DIR=${path.relative(process.cwd(), dir)}, distDir ${distDir})…`);
      const result = buildInto(dir, distDir, scale, run);
      if (!result.ok) {
        rows.push({ measure: "next build", result: "FAILED", target: "succeeds", status: `not met: build failed (log: ${path.relative(process.cwd(), result.log)})` });
        break;
      }
      times.push(result.ms);
      console.log(`  built in ${formatMs(result.ms)}`);
    }
    built = times.length === buildRuns;
    if (built) rows.push(judgedRow(`next build, cold (no Turbopack cache), median of ${buildRuns}`, median(times), targets.buildMs, formatMs));
  }

  const weights: { route: ResolvedRoute; weight: PageWeight }[] = [];
  const loadRows: string[][] = [];
  const loadProblems: string[] = [];
  if (built) {
    const server = await startNextServer({ port, env: { DATA_DIR: dir, NEXT_DIST_DIR: distDir }, logFile: path.join(LOGS, `server-x${scale}.log`) });
    console.log(`server up on ${server.baseUrl} (PID ${server.pid})`);
    try {
      const routes = resolveRoutes(sampleIds(dir));
      const biggestActor = biggestActorRoute(index, routes);
      const actorIndex = routes.findIndex((r) => r.id === "actor");
      if (biggestActor && routes[actorIndex]?.path === biggestActor.path) routes[actorIndex] = { ...routes[actorIndex]!, label: "Actor page, also the biggest" };
      else if (biggestActor) routes.splice(actorIndex + 1, 0, biggestActor);
      const available = new Map<string, boolean>();
      for (const route of routes) {
        const availability = routeAvailability(route, await probeStatus(`${server.baseUrl}${route.path}`));
        if (availability.note) console.log(`note: ${availability.note}`);
        available.set(route.id, availability.run);
      }

      // 4. Timeline views not yet cached: the first request renders one. The server's first dynamic
      // render also loads the data into it; it is reported apart. Done before anything else asks for
      // a view, on views that each list a full page of entries.
      const views = fullPageViews(index, 1 + COLD_VIEWS + REPEATED_VIEWS + runs * requests);
      const coldViews = views.slice(0, 1 + COLD_VIEWS);
      if (coldViews.length < 1 + COLD_VIEWS) {
        rows.push({ measure: "/timeline view not yet cached, first request", result: "–", target: "reported", status: `not measured: fewer than ${1 + COLD_VIEWS} views of ${TIMELINE_PAGE_SIZE} entries at this scale` });
      } else {
        console.log("timing first requests of timeline views…");
        const timed = [];
        for (const view of coldViews) timed.push({ view, ...(await fetchTimed(`${server.baseUrl}/timeline?${view.query}`)) });
        const [first, ...rest] = timed;
        const listed = Math.min(...timed.map((t) => countEntries(t.html)));
        const failed = timed.find((t) => t.status !== 200);
        console.log(`  ${timed.map((t) => `${t.view.query}: ${formatMs(t.ms)}, ${countEntries(t.html)} entries`).join("\n  ")}`);
        rows.push({ measure: `First timeline view rendered after the server started (/timeline?${first!.view.query}; may include loading the data)`, result: formatMs(first!.ms), target: "reported", status: "reported" });
        const row = judgedRow(
          `/timeline view not yet cached, first request (renders it), ${TIMELINE_PAGE_SIZE} entries, median of ${COLD_VIEWS}`,
          median(rest.map((t) => t.ms)),
          targets.coldViewMs,
          formatMs,
          elsewhere("coldViewMs", formatMs, targets),
        );
        row.result += ` (${rest.map((t) => formatMs(t.ms)).join(", ")})`;
        if (failed) row.status = `not met: /timeline?${failed.view.query} answered ${failed.status}`;
        else if (listed < TIMELINE_PAGE_SIZE) row.status = `not met: a view listed only ${listed} entries`;
        rows.push(row);
      }

      // 5. HTML and JS bytes per page.
      console.log("weighing pages…");
      const chunkCache = new Map<string, Buffer>();
      for (const route of routes.filter((r) => r.kind === "page" && available.get(r.id))) {
        try {
          weights.push({ route, weight: await weighPage(server.baseUrl, route.path, chunkCache) });
        } catch (error) {
          rows.push({ measure: `Weigh ${route.path}`, result: "FAILED", target: "answers", status: `not met: ${(error as Error).message}` });
        }
      }
      for (const { route, weight } of weights.filter((w) => w.route.id !== "not-found")) {
        rows.push(judgedRow(`${route.path} HTML, gzip (${route.label})`, weight.html.gzip, targets.pageHtmlGzipBytes, formatBytes, elsewhere("pageHtmlGzipBytes", formatBytes, targets)));
      }
      const baseline = weights.find((w) => w.route.id === "not-found")?.weight.js;
      for (const id of ["timeline", "proposals", "figures"]) {
        const route = routes.find((r) => r.id === id)!;
        const weight = weights.find((w) => w.route.id === id)?.weight;
        const allowance = EXTRA_JS_GZIP + (route.charts ? (weight?.rechartsJs.gzip ?? 0) : 0);
        const target = `≤ baseline + ${route.charts ? "recharts + " : ""}30 kB (issue 6)`;
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
          status: extra <= allowance ? "met" : "not met",
        });
      }

      // 6. Load: a mix of cached and first-rendered timeline views, an event page, /proposals, /figures
      // and the API, then the machine's floor (a 200-byte static file) the same way.
      const party = index.dataset.actors.find((a) => a.role === "party" && !a.organisationId)?.id ?? busiestActors(index, 1)[0] ?? "israel";
      const apiPaths = [`/api/v1/entries?actor=${party}&type=statement`, "/api/v1/entries?q=ceasefire", "/api/v1/entries?type=proposal"];
      const apiStatus = await probeStatus(`${server.baseUrl}${apiPaths[0]}`);
      const hasApi = apiStatus !== 404;
      if (!hasApi) console.log(`note: the API (${apiPaths[0]}) answers 404 in this build: not available, left out of the load mix`);
      const pathOf = (id: string) => (available.get(id) ? routes.find((r) => r.id === id)?.path : undefined);
      const repeatedViews = views.slice(1 + COLD_VIEWS, 1 + COLD_VIEWS + REPEATED_VIEWS).map((v) => `/timeline?${v.query}`);
      // New views: the remaining full-page ones, then (small scales) views cut at each date.
      let newViews = [...views.slice(1 + COLD_VIEWS + REPEATED_VIEWS).map((v) => v.query), ...dateCutViews(index, runs * requests)].map((q) => `/timeline?${q}`);
      const sources = {
        repeatedViews,
        eventPage: pathOf("event") ?? "/",
        proposals: pathOf("proposals"),
        figures: pathOf("figures"),
        api: hasApi ? apiPaths : [],
      };
      console.log("load test: warming the repeated views and pages (one request each)…");
      for (const url of [...repeatedViews, sources.eventPage, sources.proposals, sources.figures, ...sources.api]) {
        if (url) await (await fetch(`${server.baseUrl}${url}`)).arrayBuffer();
      }
      const mixRuns: LoadRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        const items = loadMix({ ...sources, newViews }, requests);
        if (newViews.length < (requests * MIX_WEIGHTS["timeline: first render"]) / 100) console.log(`note: only ${newViews.length} new timeline views left for this run`);
        newViews = newViews.slice(items.filter((i) => i.kind === "timeline: first render").length);
        console.log(`load test: mix run ${run + 1}/${runs}, ${items.length} requests at ${CONNECTIONS} connections…`);
        mixRuns.push(await loadTest(server.baseUrl, items, CONNECTIONS));
      }
      const floorRuns: LoadRun[] = [];
      const floorItems = Array.from({ length: requests }, () => ({ path: "/icon.svg", kind: "floor: /icon.svg (200-byte static file)" }));
      await loadTest(server.baseUrl, floorItems.slice(0, 100), CONNECTIONS); // warm-up, not counted
      for (let run = 0; run < runs; run += 1) {
        console.log(`load test: floor run ${run + 1}/${runs}…`);
        floorRuns.push(await loadTest(server.baseUrl, floorItems, CONNECTIONS));
      }
      const share = (kind: string) => MIX_WEIGHTS[kind as keyof typeof MIX_WEIGHTS];
      for (const [label, set] of [
        ["mix", mixRuns],
        ["floor", floorRuns],
      ] as const) {
        const summaries = summarise(set.flatMap((r) => r.samples));
        for (const s of summaries) {
          if (label === "floor" && s.kind === "all") continue;
          const kind = s.kind === "all" ? `whole mix, ${formatRate(requestsPerSecond(set))}` : s.kind;
          loadRows.push([kind, share(s.kind) !== undefined ? `${share(s.kind)}%` : "", String(s.requests), `${formatMs(s.p50)}`, `${formatMs(s.p99)}`, String(s.errors)]);
        }
        if (label === "floor") loadRows[loadRows.length - 1]![0] += `, ${formatRate(requestsPerSecond(set))}`;
      }
      loadProblems.push(...problems([...mixRuns, ...floorRuns].flatMap((r) => r.samples)));
      if (!hasApi) loadRows.push(["API (/api/v1/entries)", "", "0", "–", "–", "not available in this build (404)"]);
    } finally {
      await server.stop();
      console.log(`server (PID ${server.pid}) stopped`);
    }
  }

  say(`\n## Benchmark at x${scale} — ${sizes}; ${index.timeline.length} timeline entries`);
  say(`Targets: issue 10's ${targets.basis}x table. ${tally(rows)}.`);
  say(formatTable(["Measure", "Result", "Target", "Status"], rows.map((r) => [r.measure, r.result, r.target, r.status])));
  if (loadRows.length > 0) {
    say(`\nLoad test: ${runs} run(s) of ${requests} requests at ${CONNECTIONS} connections; latencies pooled over the runs, requests a second the median run. No target: reported beside the floor.`);
    say(formatTable(["Requests", "Share", "Count", "p50", "p99", "Errors"], loadRows));
    if (loadProblems.length > 0) say(`Errors: ${loadProblems.slice(0, 5).join("; ")}${loadProblems.length > 5 ? `; and ${loadProblems.length - 5} more kinds` : ""}`);
  }
  if (weights.length > 0) {
    say("\nBytes sent per page (HTML document; JS = every <script src> chunk; gzip at zlib's default level):");
    say(
      formatTable(
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

function formatRate(perSecond: number): string {
  return `${Math.round(perSecond)} req/s`;
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
  const bundle = bundleTimeLoad(path.resolve(".bench"));
  console.log(`cold-start script bundled with esbuild in ${formatMs(bundle.ms)} (not counted: the timed processes run plain JavaScript)`);
  const reports: string[] = [];
  try {
    const coldStarts = measureAllColdStarts(bundle.file);
    for (const scale of options.scales) reports.push(await benchScale(scale, coldStarts.get(scale)!));
  } finally {
    restoreNextEnv();
  }
  const full = ["# Ceasefire Tracker benchmark", envLine, ...reports].join("\n");
  mkdirSync(".bench", { recursive: true });
  const reportFile = path.resolve(".bench", `report-x${options.scales.join("-x")}.md`);
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
