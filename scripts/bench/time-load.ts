// Child process of `npm run bench`: one cold start, as a server start pays it: read + validate the data
// folder and build the index, in a fresh process with nothing warmed up. The benchmark runs it pre-bundled
// with esbuild (.bench/time-load.cjs), so no TypeScript is compiled while it runs. Prints, as its last line,
// `{"startup", "load", "index", "ready", "cpu", "entries"}`: milliseconds, `startup` and `ready` counted
// from the start of the process (Node's performance.timeOrigin), `cpu` the process's CPU time until ready.
import { loadDataset } from "../../lib/data/load-dataset";
import { buildIndex } from "../../lib/queries/dataset-index";

const dir = process.argv[2];
if (!dir) throw new Error("usage: time-load <data dir>");
const startup = performance.now();
const dataset = loadDataset(dir);
const loaded = performance.now();
const index = buildIndex(dataset);
const ready = performance.now();
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({ startup, load: loaded - startup, index: ready - loaded, ready, cpu: (cpu.user + cpu.system) / 1000, entries: index.timeline.length }),
);
