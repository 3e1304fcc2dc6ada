import "server-only";
import type { DatasetIndex } from "../queries/dataset-index";
import { sharedIndex } from "./shared-index";

/**
 * The validated, indexed dataset, loaded once per server process (the data only changes with a deploy).
 * Pages reach data only through this module.
 */
export function getData(): DatasetIndex {
  return sharedIndex();
}
