// `npm run bench:generate -- --scale 100 [--out bench-data/x100] [--force]` (or BENCH_SCALE=100):
// writes the real data scaled up into bench-data/ (git-ignored); data/ is only read.
import { loadDataset } from "../../lib/data/load-dataset";
import { generateBenchDataset } from "./bench-dataset";
import { parseFlags } from "./cli-flags";

const flags = parseFlags(process.argv.slice(2));
const scale = Number(flags.get("scale") ?? process.env.BENCH_SCALE ?? 100);
const outDir = flags.get("out") ?? process.env.BENCH_DATA_DIR;

const started = performance.now();
const { dir, generated } = generateBenchDataset({ scale, ...(outDir ? { outDir } : {}), force: flags.has("force") });
const dataset = loadDataset(dir);
const sizes = (["articles", "actors", "events", "statements", "proposals", "counts"] as const).map((key) => `${dataset[key].length} ${key}`).join(", ");
console.log(`${generated ? "Generated" : "Up to date"}: ${dir} (x${scale}; ${sizes}; ${Math.round(performance.now() - started)} ms incl. validation)`);
