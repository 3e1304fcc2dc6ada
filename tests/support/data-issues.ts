import { DataValidationError, type DataIssue } from "@/lib/checks/data-issue";
import { loadDataset } from "@/lib/data/load-dataset";

/** What the loader reports for the data in `dir`: every issue, or none when it loads. */
export function loadIssues(dir: string): DataIssue[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DataValidationError) return [...error.issues];
    throw error;
  }
  return [];
}
