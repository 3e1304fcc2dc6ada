// Child process of `npm run bench`: one cold load + validation of a data folder, as a server start pays
// it. Prints `{"wall": …, "cpu": …}` (milliseconds) as its last line.
import path from "node:path";
import { loadDataset } from "../../lib/data/load-dataset";

const dir = process.argv[2];
if (!dir) throw new Error("usage: time-load.ts <data dir>");
// One load of the real data first: modules that load lazily on first use (the YAML parser, zod's
// checks) are then compiled, by tsx here, where the server has them bundled already. Not timed.
loadDataset(path.resolve("data"));
const cpu = process.cpuUsage();
const started = performance.now();
loadDataset(dir);
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));
