import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FACT_COLLECTIONS, fileOf, type FactCollection } from "../checks/collections";
import { DataValidationError, type DataIssue } from "../checks/data-issue";
import { loadDataset } from "../data/load-dataset";
import { FIXTURE_FILES } from "../schema/dataset";

/** The dataset files as `npm run check-data` expects them: two-space JSON and a final newline. */
export function formatDataFile(records: readonly unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * What `npm run check-data` would say if `replaced` files held these records: the real loader runs on a
 * temporary copy of the data folder (articles linked, untouched files copied), so a change is checked by
 * exactly the schemas and cross-checks the build uses before anything real is written.
 */
export function checkWouldBe(dataDir: string, replaced: Partial<Record<FactCollection, readonly unknown[]>>): DataIssue[] {
  const temp = mkdtempSync(path.join(tmpdir(), "ceasefire-review-"));
  try {
    symlinkSync(path.join(dataDir, "articles"), path.join(temp, "articles"), "dir");
    for (const collection of FACT_COLLECTIONS) {
      const file = fileOf(collection);
      const records = replaced[collection];
      if (records) writeFileSync(path.join(temp, file), formatDataFile(records));
      else if (existsSync(path.join(dataDir, file))) copyFileSync(path.join(dataDir, file), path.join(temp, file));
    }
    // The files a draft never changes (corrections) are checked too, as the build checks them.
    const corrections = FIXTURE_FILES.corrections.file;
    if (existsSync(path.join(dataDir, corrections))) copyFileSync(path.join(dataDir, corrections), path.join(temp, corrections));
    loadDataset(temp);
    return [];
  } catch (error) {
    if (error instanceof DataValidationError) return [...error.issues];
    throw error;
  } finally {
    // Removes the link, never what it points to.
    rmSync(temp, { recursive: true, force: true });
  }
}
