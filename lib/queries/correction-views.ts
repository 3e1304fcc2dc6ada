import { CORRECTION_ACTION_LABELS, CORRECTION_CATEGORY_LABELS, correctionFieldLabel, RECORD_KIND_LABELS } from "../format/correction-labels";
import { formatFactDate } from "../format/format-date";
import type { Correction, CorrectionAction, CorrectionRecordKind } from "../schema/correction";
import { correctionChanges, type CorrectionChangePart } from "./correction-changes";
import { correctionsOf, retiredBy, type CorrectionIndex } from "./correction-index";
import { correctionHref } from "./corrections-log";
import type { DatasetIndex } from "./dataset-index";
import { recordLink, type CorrectedRecordLink } from "./record-link";
import { sourceCitations, type SourceCitation } from "./source-citations";

type CorrectionViewIndex = Pick<DatasetIndex, "actors" | "events" | "proposals" | "articles" | "timeline" | "positions" | "corrections">;

/** One correction as readers see it, on `/corrections` and in a record's "Corrected" note. */
export type CorrectionView = {
  id: string;
  date: string;
  /** "29 November 2026". */
  dateText: string;
  /** Its entry in the log, on the page that holds it: `/corrections?p=2#<id>`. */
  href: string;
  record: CorrectedRecordLink;
  action: CorrectionAction;
  actionLabel: string;
  field?: string;
  /** The field in words: "where it was said". */
  fieldLabel?: string;
  /** Whether the entry gives the value before the fix, and after it (an edit always shows both sides). */
  hasBefore: boolean;
  hasAfter: boolean;
  /** What changed, only the parts that differ: for lists what was taken out and put in, for objects the keys that differ. */
  changes: CorrectionChangePart[];
  mergedInto?: CorrectedRecordLink;
  categoryLabel: string;
  reason: string;
  evidence: SourceCitation[];
};

/** The compact "Corrected <date>" marker of an entry card: its latest correction. */
export type CorrectionMarker = { date: string; dateText: string; href: string };

/** A merged or removed record's permalink answers with this instead of the record. */
export type RetiredNotice = { id: string; kindLabel: string; correction: CorrectionView };

const dayText = (date: string) => formatFactDate({ date, precision: "day" });

export function correctionView(correction: Correction, index: CorrectionViewIndex): CorrectionView {
  const { id, date, recordKind, recordId, action, field, before, after, mergedInto } = correction;
  return {
    id,
    date,
    dateText: dayText(date),
    href: correctionHref(index.corrections, id),
    record: recordLink(index, recordKind, recordId),
    action,
    actionLabel: CORRECTION_ACTION_LABELS[action],
    ...(field !== undefined ? { field, fieldLabel: correctionFieldLabel(field) } : {}),
    hasBefore: before !== undefined,
    hasAfter: after !== undefined,
    changes: correctionChanges(correction, index),
    ...(mergedInto !== undefined ? { mergedInto: recordLink(index, recordKind, mergedInto) } : {}),
    categoryLabel: CORRECTION_CATEGORY_LABELS[correction.category],
    reason: correction.reason,
    evidence: sourceCitations(correction.evidence, index),
  };
}

/** Every correction, newest first, for `/corrections`. */
export function allCorrectionViews(index: CorrectionViewIndex): CorrectionView[] {
  return index.corrections.newestFirst.map((correction) => correctionView(correction, index));
}

/** A record's corrections, newest first, for its "Corrected" note. */
export function recordCorrectionViews(index: CorrectionViewIndex, kind: CorrectionRecordKind, id: string): CorrectionView[] {
  return correctionsOf(index.corrections, kind, id).map((correction) => correctionView(correction, index));
}

export function correctionMarker(correction: Correction, corrections: Pick<CorrectionIndex, "positions">): CorrectionMarker {
  return { date: correction.date, dateText: dayText(correction.date), href: correctionHref(corrections, correction.id) };
}

/** The notice for a merged or removed record's permalink; `undefined` for any other id. */
export function retiredNotice(index: CorrectionViewIndex, kind: CorrectionRecordKind, id: string): RetiredNotice | undefined {
  const correction = retiredBy(index.corrections, kind, id);
  return correction ? { id, kindLabel: RECORD_KIND_LABELS[kind], correction: correctionView(correction, index) } : undefined;
}

/** Record kinds that are timeline entries, whose permalink is `/timeline?entry=<id>`. */
const ENTRY_RECORD_KINDS = ["statement", "count", "event"] as const;

/**
 * The notice for a timeline `entry=<id>` that names no entry but a merged or removed one: statements and
 * figures have no page of their own, so their permalinks answer on the timeline.
 */
export function retiredEntryNotice(index: CorrectionViewIndex, id: string | undefined): RetiredNotice | undefined {
  if (id === undefined || index.positions.has(id)) return undefined;
  for (const kind of ENTRY_RECORD_KINDS) {
    const notice = retiredNotice(index, kind, id);
    if (notice) return notice;
  }
  return undefined;
}
