import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";
import { FACT_COLLECTIONS, type FactCollection } from "./collections";

/** Ids are permalinks: two records of one kind with the same id would make one unreachable. */
export function checkUniqueIds(dataset: Dataset, { records }: CheckContext = checkContext(dataset)): DataIssue[] {
  // One map per collection: keys joined into one string cost a concatenation and its hashing per record.
  const seenIn = new Map<FactCollection, Map<string, number>>(FACT_COLLECTIONS.map((collection) => [collection, new Map()]));
  const issues: DataIssue[] = [];
  for (const { collection, file, index, record } of records) {
    const seen = seenIn.get(collection)!;
    const first = seen.get(record.id);
    if (first === undefined) {
      seen.set(record.id, index);
    } else {
      issues.push({ file, path: `[${index}].id`, reason: `duplicate id "${record.id}" (first used at [${first}])` });
    }
  }
  return issues;
}
