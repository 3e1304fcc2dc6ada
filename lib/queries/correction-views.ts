import { readableValue } from "../format/correction-value";
import { CORRECTION_ACTION_LABELS, CORRECTION_CATEGORY_LABELS, correctionFieldLabel, RECORD_KIND_LABELS } from "../format/correction-labels";
import { formatFactDate } from "../format/format-date";
import { shortenText } from "../format/shorten-text";
import { entryPermalink } from "../params/timeline-href";
import type { Correction, CorrectionAction, CorrectionRecordKind } from "../schema/correction";
import { correctionsOf, retiredBy, type CorrectionIndex } from "./correction-index";
import { correctionHref } from "./corrections-log";
import type { DatasetIndex } from "./dataset-index";
import { sourceCitations, type SourceCitation } from "./source-citations";

type CorrectionViewIndex = Pick<DatasetIndex, "actors" | "events" | "proposals" | "articles" | "timeline" | "positions" | "corrections">;

/** A corrected record as a link: its name or title while it exists, its id once merged or removed. */
export type CorrectedRecordLink = { kindLabel: string; label: string; href: string; isRetired: boolean };

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
  before?: string;
  after?: string;
  mergedInto?: CorrectedRecordLink;
  categoryLabel: string;
  reason: string;
  evidence: SourceCitation[];
};

/** The compact "Corrected <date>" marker of an entry card: its latest correction. */
export type CorrectionMarker = { date: string; dateText: string; href: string };

/** A merged or removed record's permalink answers with this instead of the record. */
export type RetiredNotice = { id: string; kindLabel: string; correction: CorrectionView };

/** Pages with a path per record; statements and figures are opened on the timeline. */
const RECORD_PATHS: Partial<Record<CorrectionRecordKind, string>> = { actor: "/actors", event: "/events", proposal: "/proposals", article: "/sources" };

/** Where a record's permalink points (for a retired record: its notice). */
export function recordHref(kind: CorrectionRecordKind, id: string): string {
  const base = RECORD_PATHS[kind];
  return base ? `${base}/${id}` : entryPermalink(id);
}

function recordLabel(index: CorrectionViewIndex, kind: CorrectionRecordKind, id: string): string | undefined {
  switch (kind) {
    case "actor":
      return index.actors.get(id)?.name;
    case "event":
      return index.events.get(id)?.title;
    case "proposal":
      return index.proposals.get(id)?.title;
    case "article":
      return index.articles.get(id)?.title;
    case "statement":
    case "count": {
      const position = index.positions.get(id);
      const entry = position === undefined ? undefined : index.timeline[position];
      // A statement's entry title is only its speaker: add what was said.
      return entry && kind === "statement" ? `${entry.title}: ${shortenText(entry.summary, STATEMENT_LABEL_LIMIT)}` : entry?.title;
    }
  }
}

function recordLink(index: CorrectionViewIndex, kind: CorrectionRecordKind, id: string): CorrectedRecordLink {
  const label = recordLabel(index, kind, id);
  return { kindLabel: RECORD_KIND_LABELS[kind], label: label ?? id, href: recordHref(kind, id), isRetired: label === undefined };
}

/** Statements are named by speaker and summary, cut to a headline's length. */
const STATEMENT_LABEL_LIMIT = 120;

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
    ...(before !== undefined ? { before: readableValue(before) } : {}),
    ...(after !== undefined ? { after: readableValue(after) } : {}),
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
