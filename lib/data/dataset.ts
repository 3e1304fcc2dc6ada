import "server-only";
import { dataDir } from "./data-dir";
import { loadDataset } from "./load-dataset";
import { buildIndex, type DatasetIndex } from "../queries/dataset-index";

let cached: DatasetIndex | undefined;

/** The validated dataset with lookups, loaded once per server process. Pages never read files themselves. */
export function getData(): DatasetIndex {
  cached ??= buildIndex(loadDataset(dataDir()));
  return cached;
}
