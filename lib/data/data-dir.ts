import path from "node:path";

/** Where the dataset lives; DATA_DIR lets the benchmark point the app at generated data. */
export function dataDir(): string {
  const override = process.env.DATA_DIR;
  // Only data/ is traced into the server output; the override is resolved at run time.
  return override ? path.resolve(/*turbopackIgnore: true*/ override) : path.join(process.cwd(), "data");
}
