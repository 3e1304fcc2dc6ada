// Child process of `npm run bench`: one cold load + validation of a data folder, as a server start pays
// it. Prints `{"ms": …}` as its last line.
import { loadDataset } from "../../lib/data/load-dataset";

const dir = process.argv[2];
if (!dir) throw new Error("usage: time-load.ts <data dir>");
const started = performance.now();
loadDataset(dir);
console.log(JSON.stringify({ ms: performance.now() - started }));
