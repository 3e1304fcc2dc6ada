// `npm run compare [-- --runs 5] [--port 3107] [--peer-dir DIR] [--no-lighthouse] [--no-floors]`
// Page weight and speed of our /timeline against what a newsroom would pick instead, Knight Lab's
// TimelineJS3 (issue 10). Serves the peer with its own setup.sh, starts our production server on the
// existing .next build and, unless --no-floors, a server of static copies of our page with less in them
// (scripts/bench/floor-pages.ts); warms them up, runs the peer's measure.mjs on every page in rounds, and
// prints the ratios against the targets: bytes on the wire ≤ 0.5×, first headline visible ≤ 0.25×, long
// tasks ≤ 0.25×, with the floor pages' first headlines below. Stops the servers by the PIDs it started.
// Report saved to .bench/compare-timelinejs.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFlags } from "./cli-flags";
import { startNextServer, type NextServer } from "./next-server";
import { floorPages, pageAssets } from "./floor-pages";
import { bytesByKind, combineRounds, firstHeadline, foundIn, lighthouseSummary, MeasureJsonSchema, ratio, ratioRows, roundFigures, type MeasureJson } from "./peer-ratios";
import { formatTable, tally } from "./targets";

const USAGE = "usage: npm run compare -- [--runs N] [--port N] [--peer-dir DIR] [--no-lighthouse] [--no-floors]   (PEER_TIMELINEJS_DIR also sets the peer's folder)";
const PEER_URL = "http://127.0.0.1:8090/";
const PEER_TEXT = "Hamas attack on Israel ignites the war";
const OUT = path.resolve(".bench/compare");
const WARM_UP_REQUESTS = 30;

function fail(message: string): never {
  console.error(`npm run compare: ${message}`);
  process.exit(1);
}

const flags = parseFlags(process.argv.slice(2));
const unknown = [...flags.keys()].filter((name) => !["runs", "port", "peer-dir", "no-lighthouse", "no-floors"].includes(name));
if (unknown.length > 0) fail(`unknown option ${unknown.map((n) => `--${n}`).join(", ")}\n${USAGE}`);
const runsText = flags.get("runs") ?? "5";
const portText = flags.get("port") ?? "3107";
if (!/^\d+$/.test(runsText) || Number(runsText) < 1) fail(`--runs needs a whole number of at least 1\n${USAGE}`);
if (!/^\d+$/.test(portText) || Number(portText) < 1024 || Number(portText) > 65535) fail(`--port needs a port between 1024 and 65535\n${USAGE}`);
const runs = Number(runsText);
const port = Number(portText);
const lighthouse = !flags.has("no-lighthouse");
const floors = !flags.has("no-floors");
const peerDir = path.resolve(flags.get("peer-dir") ?? process.env.PEER_TIMELINEJS_DIR ?? "../shared/peers/timelinejs");

for (const file of ["setup.sh", "measure.mjs"]) {
  if (!existsSync(path.join(peerDir, file))) fail(`the TimelineJS peer is missing: no ${path.join(peerDir, file)} (set --peer-dir or PEER_TIMELINEJS_DIR)`);
}
if (!existsSync(".next/BUILD_ID")) fail("no production build in .next: run `npm run build` first");

/** Answers on `url`, and the page's text if so. */
async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Runs setup.sh into its own folder; returns the PID of the http-server it started. */
function startPeer(): { pid: number; dir: string } {
  const dir = path.join(os.tmpdir(), "peer-tl");
  console.log(`serving the peer: bash ${path.join(peerDir, "setup.sh")} ${dir}…`);
  const child = spawnSync("bash", [path.join(peerDir, "setup.sh"), dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (child.status !== 0) fail(`setup.sh failed (exit ${child.status}):\n${child.stderr}`);
  const pid = Number(readFileSync(path.join(dir, "http-server.pid"), "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 1) fail(`setup.sh left no usable PID in ${dir}/http-server.pid`);
  return { pid, dir };
}

function stopPeer(pid: number): void {
  try {
    // setup.sh starts the server with setsid, so its PID is also its process group (npx and http-server).
    process.kill(-pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** One page measured in the rounds: where, what text to wait for, and the name its JSON files take. */
type Subject = { name: string; label: string; url: string; text: string };

/** One cold run of measure.mjs on `subject` (plus Lighthouse desktop when asked); its JSON, parsed. */
function measureOnce(subject: Subject, round: number, withLighthouse: boolean): MeasureJson {
  mkdirSync(OUT, { recursive: true });
  const json = path.join(OUT, `${subject.name}-${round}.json`);
  const args = [path.join(peerDir, "measure.mjs"), subject.url, "--text", subject.text, "--runs", "1", "--json", json, "--lighthouse", withLighthouse ? "desktop" : "none"];
  process.stderr.write(`round ${round}/${runs}, ${subject.name}${withLighthouse ? " (+ Lighthouse desktop)" : ""}: `);
  const child = spawnSync(process.execPath, args, {
    env: {
      ...process.env,
      NODE_PATH: path.resolve("node_modules"),
      // The repo's own Lighthouse, so nothing is fetched with npx.
      LIGHTHOUSE: `${process.execPath} ${path.resolve("node_modules/lighthouse/cli/index.js")}`,
    },
    encoding: "utf8",
    // measure.mjs's full report (stdout) is in the JSON; its one-line progress (stderr) is shown.
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0 || !existsSync(json)) fail(`measure.mjs failed on ${subject.url} (exit ${child.status}):\n${child.stdout}`);
  return MeasureJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
}

/**
 * `runs` rounds, each measuring every subject once in a fresh browser, in turn: the machine's drift (on
 * these VMs the same page reads a third slower from one minute to the next) then falls on all of them alike,
 * where measuring one page's runs after the other's let it fall on one. Lighthouse runs in the last round.
 */
function measureInRounds(subjects: readonly Subject[], lighthouseFor: ReadonlySet<string>): Map<string, MeasureJson> {
  const rounds = new Map<string, MeasureJson[]>(subjects.map((subject) => [subject.name, []]));
  for (let round = 1; round <= runs; round += 1) {
    for (const subject of subjects) rounds.get(subject.name)!.push(measureOnce(subject, round, round === runs && lighthouseFor.has(subject.name)));
  }
  const combined = new Map<string, MeasureJson>();
  for (const [name, measured] of rounds) {
    const result = combineRounds(measured);
    writeFileSync(path.join(OUT, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    combined.set(name, result);
  }
  return combined;
}

/** A row of the floor table: the page, its first-headline median and its ratio to TimelineJS's. */
function headlineRow(label: string, measured: MeasureJson, peer: MeasureJson): string[] {
  const visible = measured.median.textVisible;
  const value = ratio(visible, peer.median.textVisible);
  return [label, visible == null ? "–" : `${Math.round(visible)} ms`, value === undefined ? "–" : `${value.toFixed(2)}×`];
}

/** Writes the floor pages and the stylesheets and scripts they load (fetched from our server) under `dir`. */
async function writeFloorCopies(baseUrl: string, html: string, headline: string, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const pages = floorPages(html, headline);
  for (const asset of pageAssets(html)) {
    const response = await fetch(`${baseUrl}${asset}`);
    if (!response.ok) fail(`could not copy ${asset} for the floor pages: HTTP ${response.status}`);
    const file = path.join(dir, asset);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  }
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(dir, page.path)), { recursive: true });
    writeFileSync(path.join(dir, page.path), page.html);
  }
  return pages;
}

/** Requests the page and the stylesheets and scripts it loads. */
async function requestAll(url: string): Promise<void> {
  const html = (await fetchText(url)) ?? "";
  await Promise.all(pageAssets(html).map((asset) => fetchText(new URL(asset, url).href)));
}

/**
 * Each page and its files requested `times` times before the first round, one after another: a deployed
 * server has served many requests. Without it our first rounds read twice as slow as the last ones
 * (578, 519, 403 … 223 ms on 29 November), Next's serving code still cold, and the median with them.
 */
async function warmUp(urls: readonly string[], times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) for (const url of urls) await requestAll(url);
}

/** Starts scripts/bench/floor-server.ts on `port` and waits until it answers. */
async function startFloorServer(dir: string, floorPort: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/bench/floor-server.ts", dir, String(floorPort)], { stdio: "ignore" });
  for (let tries = 0; tries < 100; tries += 1) {
    if (child.exitCode !== null) fail(`the floor server exited with code ${child.exitCode}`);
    const response = await fetch(`http://127.0.0.1:${floorPort}/page.html`).catch(() => undefined);
    if (response?.ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  fail(`the floor server did not answer on port ${floorPort}`);
}

async function main(): Promise<void> {
  let peerPid: number | undefined;
  let server: NextServer | undefined;
  let floorServer: ChildProcess | undefined;
  const stopAll = async () => {
    if (server) await server.stop();
    if (peerPid !== undefined) stopPeer(peerPid);
    floorServer?.kill();
    [server, peerPid, floorServer] = [undefined, undefined, undefined];
  };
  process.on("exit", () => {
    if (peerPid !== undefined) stopPeer(peerPid);
    floorServer?.kill();
  });
  try {
    const already = await fetchText(PEER_URL);
    if (already !== undefined) {
      if (!already.includes("TimelineJS3 peer baseline")) fail(`something else answers on ${PEER_URL}: stop it first`);
      console.log(`the peer already answers on ${PEER_URL} (someone else's server): measuring it, leaving it running`);
    } else {
      peerPid = startPeer().pid;
      if ((await fetchText(PEER_URL)) === undefined) fail(`the peer does not answer on ${PEER_URL} after setup.sh`);
      console.log(`peer up on ${PEER_URL} (PID ${peerPid})`);
    }

    server = await startNextServer({ port, logFile: path.resolve(".bench/logs/compare-server.log") });
    console.log(`our server up on ${server.baseUrl} (PID ${server.pid})`);
    const ourUrl = `${server.baseUrl}/timeline`;
    const ourHtml = (await fetchText(ourUrl)) ?? "";
    const ourText = firstHeadline(ourHtml);
    if (!ourText) fail(`found no entry headline on ${ourUrl}`);
    console.log(`our first headline: “${ourText}”`);

    // Copied now: measure.mjs blocks this process, and a kept-alive connection would be stale after it.
    const floorDir = path.join(OUT, "floor-pages");
    const pages = floors ? await writeFloorCopies(server.baseUrl, ourHtml, ourText, floorDir) : [];
    if (pages.length > 0) floorServer = await startFloorServer(floorDir, port + 1);

    const subjects: Subject[] = [
      { name: "timelinejs", label: "TimelineJS", url: PEER_URL, text: PEER_TEXT },
      { name: "ours", label: "ours, served by Next.js", url: ourUrl, text: ourText },
      ...pages.map((page) => ({ name: `floor-${page.name}`, label: page.label, url: `http://127.0.0.1:${port + 1}${page.path}`, text: ourText })),
    ];
    console.log(`\nwarming up the servers: every page and its files requested ${WARM_UP_REQUESTS} times…`);
    await warmUp(subjects.map((subject) => subject.url), WARM_UP_REQUESTS);
    console.log(`${runs} rounds, each measuring in turn: ${subjects.map((s) => s.name).join(", ")}`);
    const measured = measureInRounds(subjects, new Set(lighthouse ? ["timelinejs", "ours"] : []));
    await stopAll();
    const peer = measured.get("timelinejs")!;
    const ours = measured.get("ours")!;
    const floorRows = subjects.slice(1).map((subject) => headlineRow(subject.label, measured.get(subject.name)!, peer));

    const rows = ratioRows(ours, peer);
    const report = [
      `# /timeline vs TimelineJS3 — ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
      `Medians of ${runs} rounds after ${WARM_UP_REQUESTS} warm-up requests of every page and its files, each round running ${path.relative(process.cwd(), path.join(peerDir, "measure.mjs"))} once on every page in turn (a fresh browser each, desktop 1280x800).`,
      `TimelineJS: ${PEER_URL} waiting for “${PEER_TEXT}”. Ours: ${ourUrl} waiting for “${ourText}”. ${tally(rows)}.`,
      "",
      formatTable(["Measure", "Ours / TimelineJS", "Target", "Status"], rows.map((r) => [r.measure, r.result, r.target, r.status])),
      "",
      `Lighthouse, ours: ${lighthouseSummary(ours)}`,
      `Lighthouse, TimelineJS: ${lighthouseSummary(peer)}`,
      `Requests: ours ${ours.median.requests ?? "–"}, TimelineJS ${peer.median.requests ?? "–"}.`,
      `On the wire by kind (requests × bytes, medians): ours ${bytesByKind(ours)}; TimelineJS ${bytesByKind(peer)}.`,
      // measure.mjs takes the first text node holding the text: on our page that can be the copy-link
      // button's visually hidden "to “title”", which comes in the same server-rendered HTML as the heading.
      `Headline first seen in: ours ${foundIn(ours)}; TimelineJS ${foundIn(peer)}.`,
      `First headline, round by round: ours ${roundFigures(ours)} ms; TimelineJS ${roundFigures(peer)} ms.`,
      `Full figures: ${path.relative(process.cwd(), OUT)}/{ours,timelinejs}.json (each round's in …-<round>.json)`,
      ...(pages.length === 0
        ? []
        : [
            "",
            "Where the first headline's time goes: static copies of our page (scripts/bench/floor-pages.ts), measured in the same rounds.",
            "",
            formatTable(["Page", "First headline visible", "÷ TimelineJS"], floorRows),
          ]),
    ].join("\n");
    mkdirSync(".bench", { recursive: true });
    writeFileSync(".bench/compare-timelinejs.md", `${report}\n`);
    console.log(`\n${report}\n\n(saved to .bench/compare-timelinejs.md)`);
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
