import { buildIndex, type DatasetIndex } from "../queries/dataset-index";
import { dataDir } from "./data-dir";
import { loadDataset } from "./load-dataset";

/** Reads, validates and indexes the dataset under `dir`: everything a process does before it can answer. */
export function loadIndex(dir: string = dataDir()): DatasetIndex {
  return buildIndex(loadDataset(dir));
}

/**
 * Held on `globalThis` because Next.js bundles proxy.ts apart from the pages: a module-level variable
 * would give the proxy (which routes timeline views) its own second copy of the whole dataset.
 */
const SLOT = Symbol.for("ceasefire-tracker.dataset-index");
type Slot = { [SLOT]?: { dir: string; index: DatasetIndex } };

/**
 * The validated, indexed dataset, loaded once per process (the data only changes with a deploy). Kept
 * with the folder it was read from, so a process pointed at other data (tests do) reads that instead.
 */
export function sharedIndex(): DatasetIndex {
  const slot = globalThis as Slot;
  const dir = dataDir();
  if (slot[SLOT]?.dir !== dir) slot[SLOT] = { dir, index: loadIndex(dir) };
  return slot[SLOT].index;
}

/** Drops the cached dataset read from `dir`, so the next request reads it again (after the review tool writes). */
export function forgetSharedIndex(dir: string): void {
  const slot = globalThis as Slot;
  if (slot[SLOT]?.dir === dir) delete slot[SLOT];
}
