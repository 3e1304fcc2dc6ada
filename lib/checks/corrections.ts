import type { DataIssue } from "./data-issue";
import { FIXTURE_FILES, type Dataset } from "../schema/dataset";
import { RECORD_COLLECTIONS, RETIRING_ACTIONS, type Correction, type CorrectionRecordKind } from "../schema/correction";

const FILE = FIXTURE_FILES.corrections.file;

/** Today as `YYYY-MM-DD` in UTC, the zone the data's dates are compared in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A correction must point at something real: an edited or added record exists, a removed or merged one no
 * longer does (its permalink then shows the notice), a merge names the record that holds it now, an edit
 * says what the value was or is. Ids are unique and no fix is dated after `today`.
 */
export function checkCorrections(dataset: Dataset, today: string = todayUtc()): DataIssue[] {
  const known = new Map<CorrectionRecordKind, ReadonlySet<string>>(
    Object.entries(RECORD_COLLECTIONS).map(([kind, collection]) => [kind as CorrectionRecordKind, new Set(dataset[collection].map((r) => r.id))]),
  );
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  dataset.corrections.forEach((correction, index) => {
    const issue = (field: string, reason: string) => issues.push({ file: FILE, path: `[${index}].${field} (id "${correction.id}")`, reason });
    const { recordKind: kind, recordId, action } = correction;
    const exists = known.get(kind)?.has(recordId) ?? false;

    const first = seen.get(correction.id);
    if (first === undefined) seen.set(correction.id, index);
    else issues.push({ file: FILE, path: `[${index}].id`, reason: `duplicate id "${correction.id}" (first used at [${first}])` });

    if (correction.date > today) issue("date", `${correction.date} is in the future (today is ${today})`);

    if (RETIRING_ACTIONS.has(action) && exists) {
      issue("recordId", `${kind} "${recordId}" is still in ${RECORD_COLLECTIONS[kind]}: a ${action} record must be taken out of the data`);
    } else if (!RETIRING_ACTIONS.has(action) && !exists) {
      issue("recordId", `unknown ${kind} "${recordId}"`);
    }

    if (action === "merged") {
      if (correction.mergedInto === undefined) issue("mergedInto", `required when the action is "merged": the ${kind} that now holds this one`);
      else if (!known.get(kind)?.has(correction.mergedInto)) issue("mergedInto", `unknown ${kind} "${correction.mergedInto}"`);
    } else if (correction.mergedInto !== undefined) {
      issue("mergedInto", `only a merged record names mergedInto (the action is "${action}")`);
    }

    if (action === "edited") checkEdit(correction, issue);
  });
  return issues;
}

/**
 * An edit shows the reader what changed. One side may be absent: a field the record did not have (only
 * `after`, e.g. a date range's new end) or no longer has (only `before`, e.g. a link taken out).
 */
function checkEdit(correction: Correction, issue: (field: string, reason: string) => void): void {
  if (correction.before === undefined && correction.after === undefined) {
    issue("before", 'an "edited" correction needs before, after or both: the value before the fix and the value after it');
  }
  if (correction.before !== undefined && correction.before === correction.after) issue("after", "is the same as before: nothing changed");
}
