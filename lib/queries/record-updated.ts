import type { DatasetIndex } from "./dataset-index";

/**
 * Kinds of record that can be corrected and cited, named as corrections name them (`recordKind` in
 * docs/data-model.md): a figure is a `count`, a source article an `article`.
 */
export type RecordKind = "actor" | "event" | "statement" | "proposal" | "count" | "article";

/** What the updated date is looked up in; corrections join the index on branch `corr`. */
export type RecordUpdatedIndex = Pick<DatasetIndex, "timeline">;

/**
 * The day of a record's latest correction, or `undefined` when it was never corrected: its `updated`
 * date in feeds and the version a citation names. The one place feeds and citations ask.
 *
 * Corrections are not in the data yet (`data/corrections.json` lands with branch `corr`), so no record
 * has one. To wire it: `return updatedDate(index.corrections, kind, id);` (lib/queries/correction-index.ts).
 */
export function latestCorrectionDate(index: RecordUpdatedIndex, kind: RecordKind, id: string): string | undefined {
  void index;
  void kind;
  void id;
  return undefined;
}

/** A record's `updated` date: its latest correction's, else its own date (a fact's date, an article's publication). */
export function recordUpdated(index: RecordUpdatedIndex, kind: RecordKind, id: string, original: string): string {
  return latestCorrectionDate(index, kind, id) ?? original;
}
