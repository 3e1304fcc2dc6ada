import type { DatasetIndex } from "../queries/dataset-index";
import { sharedIndex } from "./shared-index";

/**
 * The validated, indexed dataset, loaded once per server process (the data only changes with a deploy).
 * Pages reach data only through this module.
 *
 * No `import "server-only"` here: the Pages Router refuses that module (pages/timeline-view reads the data
 * in `getStaticProps`, which Next strips from client bundles). A client import would still fail to build,
 * since the loader reads files with `node:fs`.
 */
export function getData(): DatasetIndex {
  return sharedIndex();
}
