// Validates data/ on its own (`npm run check-data`); also the first step of build and test.
import { dataDir } from "../lib/data/data-dir";
import { DataValidationError } from "../lib/checks/data-issue";
import { loadDataset } from "../lib/data/load-dataset";

try {
  const started = performance.now();
  const dataset = loadDataset(dataDir());
  const ms = Math.round(performance.now() - started);
  const summary = (["articles", "actors", "events", "statements", "proposals", "counts", "corrections"] as const)
    .map((key) => `${dataset[key].length} ${key}`)
    .join(", ");
  console.log(`Data OK (${ms} ms): ${summary}`);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
