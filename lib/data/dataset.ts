import "server-only";
import { buildIndex, type DatasetIndex } from "../queries/dataset-index";
import { dataDir } from "./data-dir";
import { loadDataset } from "./load-dataset";

/** Reads, validates and indexes the dataset under `dir`: everything a process does before it can answer. */
export function loadIndex(dir: string = dataDir()): DatasetIndex {
  return buildIndex(loadDataset(dir));
}

let cached: DatasetIndex | undefined;

/**
 * The validated, indexed dataset, loaded once per server process (the data only changes with a deploy).
 * Pages reach data only through this module.
 */
export function getData(): DatasetIndex {
  cached ??= loadIndex();
  return cached;
}
