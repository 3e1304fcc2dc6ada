import path from "node:path";

/** Where the dataset lives; DATA_DIR lets the benchmark point the app at generated data. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}
