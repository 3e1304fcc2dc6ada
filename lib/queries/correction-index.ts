import { RETIRING_ACTIONS, type Correction, type CorrectionRecordKind } from "../schema/correction";
import type { TimelineEntry } from "../schema/timeline-entry";

/** Corrections looked up by record, built once with the dataset index. */
export type CorrectionIndex = {
  /** Every correction, newest first (then by id, so the order is stable). */
  newestFirst: readonly Correction[];
  /** Each correction's place in `newestFirst` (0-based), by id: which page of the log holds it. */
  positions: ReadonlyMap<string, number>;
  /** Each record's corrections, newest first, keyed by `recordKey`. */
  byRecord: ReadonlyMap<string, readonly Correction[]>;
  /** Records taken out of the data (merged or removed), keyed by `recordKey`, with the latest correction that did it. */
  retired: ReadonlyMap<string, Correction>;
};

/** Ids are unique within a kind only, so records are keyed by both. */
export function recordKey(kind: CorrectionRecordKind, id: string): string {
  return `${kind}:${id}`;
}

/** The record kind a timeline entry is (a figure is a count). */
export function entryRecordKind(kind: TimelineEntry["kind"]): CorrectionRecordKind {
  return kind === "figure" ? "count" : kind;
}

export function buildCorrectionIndex(corrections: readonly Correction[]): CorrectionIndex {
  const newestFirst = [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const byRecord = new Map<string, Correction[]>();
  const retired = new Map<string, Correction>();
  for (const correction of newestFirst) {
    const key = recordKey(correction.recordKind, correction.recordId);
    const list = byRecord.get(key);
    if (list) list.push(correction);
    else byRecord.set(key, [correction]);
    if (RETIRING_ACTIONS.has(correction.action) && !retired.has(key)) retired.set(key, correction);
  }
  const positions = new Map(newestFirst.map((correction, position) => [correction.id, position]));
  return { newestFirst, positions, byRecord, retired };
}

/** A record's corrections, newest first (none: an empty list). */
export function correctionsOf(index: CorrectionIndex, kind: CorrectionRecordKind, id: string): readonly Correction[] {
  return index.byRecord.get(recordKey(kind, id)) ?? [];
}

/** A record's `updated` date: the day of its latest correction, or `undefined` if it was never corrected. */
export function updatedDate(index: CorrectionIndex, kind: CorrectionRecordKind, id: string): string | undefined {
  return correctionsOf(index, kind, id)[0]?.date;
}

/** The correction that merged or removed a record no longer in the data, if one did. */
export function retiredBy(index: CorrectionIndex, kind: CorrectionRecordKind, id: string): Correction | undefined {
  return index.retired.get(recordKey(kind, id));
}
