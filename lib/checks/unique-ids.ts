import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { eachRecord } from "./collections";

/** Ids are permalinks: two records of one kind with the same id would make one unreachable. */
export function checkUniqueIds(dataset: Dataset): DataIssue[] {
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const { collection, file, index, record } of eachRecord(dataset)) {
    const key = `${collection}:${record.id}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
    } else {
      issues.push({ file, path: `[${index}].id`, reason: `duplicate id "${record.id}" (first used at [${first}])` });
    }
  }
  return issues;
}
