import type { CorrectionRecordKind } from "../schema/correction";
import { updatedDate } from "./correction-index";
import type { DatasetIndex } from "./dataset-index";

/** Kinds of record that can be corrected and cited, as corrections name them (a figure is a `count`). */
export type RecordKind = CorrectionRecordKind;

/** What the updated date is looked up in. */
export type RecordUpdatedIndex = Pick<DatasetIndex, "corrections">;

/**
 * The day of a record's latest correction, or `undefined` when it was never corrected: its `updated`
 * date in feeds and the version a citation names. The one place feeds, citations and sitemaps ask.
 */
export function latestCorrectionDate(index: RecordUpdatedIndex, kind: RecordKind, id: string): string | undefined {
  return updatedDate(index.corrections, kind, id);
}

/** A record's `updated` date: its latest correction's, else its own date (a fact's date, an article's publication). */
export function recordUpdated(index: RecordUpdatedIndex, kind: RecordKind, id: string, original: string): string {
  return latestCorrectionDate(index, kind, id) ?? original;
}
