// `npm run compare [-- --runs 5] [--port 3107] [--peer-dir DIR] [--no-lighthouse]`
// Page weight and speed of our /timeline against what a newsroom would pick instead, Knight Lab's
// TimelineJS3 (issue 10). Serves the peer with its own setup.sh, starts our production server on the
// existing .next build, runs the peer's measure.mjs on both, one after the other, and prints the ratios
// against the targets: bytes on the wire ≤ 0.5×, first headline visible ≤ 0.25×, long tasks ≤ 0.25×.
// Stops both servers by the PIDs it started. Report saved to .bench/compare-timelinejs.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFlags } from "./cli-flags";
import { startNextServer, type NextServer } from "./next-server";
import { bytesByKind, firstHeadline, foundIn, lighthouseSummary, MeasureJsonSchema, ratioRows, type MeasureJson } from "./peer-ratios";
import { formatTable, tally } from "./targets";

const USAGE = "usage: npm run compare -- [--runs N] [--port N] [--peer-dir DIR] [--no-lighthouse]   (PEER_TIMELINEJS_DIR also sets the peer's folder)";
const PEER_URL = "http://127.0.0.1:8090/";
const PEER_TEXT = "Hamas attack on Israel ignites the war";
const OUT = path.resolve(".bench/compare");

function fail(message: string): never {
  console.error(`npm run compare: ${message}`);
  process.exit(1);
}

const flags = parseFlags(process.argv.slice(2));
const unknown = [...flags.keys()].filter((name) => !["runs", "port", "peer-dir", "no-lighthouse"].includes(name));
if (unknown.length > 0) fail(`unknown option ${unknown.map((n) => `--${n}`).join(", ")}\n${USAGE}`);
const runsText = flags.get("runs") ?? "5";
const portText = flags.get("port") ?? "3107";
if (!/^\d+$/.test(runsText) || Number(runsText) < 1) fail(`--runs needs a whole number of at least 1\n${USAGE}`);
if (!/^\d+$/.test(portText) || Number(portText) < 1024 || Number(portText) > 65535) fail(`--port needs a port between 1024 and 65535\n${USAGE}`);
const runs = Number(runsText);
const port = Number(portText);
const lighthouse = !flags.has("no-lighthouse");
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

function measure(url: string, text: string, name: string): MeasureJson {
  mkdirSync(OUT, { recursive: true });
  const json = path.join(OUT, `${name}.json`);
  const args = [path.join(peerDir, "measure.mjs"), url, "--text", text, "--runs", String(runs), "--json", json, "--lighthouse", lighthouse ? "desktop" : "none"];
  console.log(`\nmeasuring ${name} (${url}, ${runs} cold runs${lighthouse ? " + Lighthouse desktop" : ""})…`);
  const child = spawnSync(process.execPath, args, {
    env: {
      ...process.env,
      NODE_PATH: path.resolve("node_modules"),
      // The repo's own Lighthouse, so nothing is fetched with npx.
      LIGHTHOUSE: `${process.execPath} ${path.resolve("node_modules/lighthouse/cli/index.js")}`,
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  console.log(child.stdout);
  if (child.status !== 0 || !existsSync(json)) fail(`measure.mjs failed on ${url} (exit ${child.status})`);
  return MeasureJsonSchema.parse(JSON.parse(readFileSync(json, "utf8")));
}

async function main(): Promise<void> {
  let peerPid: number | undefined;
  let server: NextServer | undefined;
  const stopAll = async () => {
    if (server) await server.stop();
    if (peerPid !== undefined) stopPeer(peerPid);
  };
  process.on("exit", () => {
    if (peerPid !== undefined) stopPeer(peerPid);
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
    const ourText = firstHeadline((await fetchText(ourUrl)) ?? "");
    if (!ourText) fail(`found no entry headline on ${ourUrl}`);
    console.log(`our first headline: “${ourText}”`);

    const peer = measure(PEER_URL, PEER_TEXT, "timelinejs");
    const ours = measure(ourUrl, ourText, "ours");
    await stopAll();
    peerPid = undefined;
    server = undefined;

    const rows = ratioRows(ours, peer);
    const report = [
      `# /timeline vs TimelineJS3 — ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
      `Medians of ${runs} cold runs each (fresh browser, desktop 1280x800), measured one after the other with ${path.relative(process.cwd(), path.join(peerDir, "measure.mjs"))}.`,
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
      `Full figures: ${path.relative(process.cwd(), OUT)}/{ours,timelinejs}.json`,
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
