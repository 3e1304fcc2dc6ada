import { RECORD_KIND_LABELS } from "../format/correction-labels";
import { shortenText } from "../format/shorten-text";
import { entryPermalink } from "../params/timeline-href";
import type { CorrectionRecordKind } from "../schema/correction";
import type { DatasetIndex } from "./dataset-index";

export type RecordLinkIndex = Pick<DatasetIndex, "actors" | "events" | "proposals" | "articles" | "timeline" | "positions">;

/** A record a correction names, as a link: its name or title while it exists, its id once merged or removed. */
export type CorrectedRecordLink = { kindLabel: string; label: string; href: string; isRetired: boolean };

/** Pages with a path per record; statements and figures are opened on the timeline. */
const RECORD_PATHS: Partial<Record<CorrectionRecordKind, string>> = { actor: "/actors", event: "/events", proposal: "/proposals", article: "/sources" };

/** Statements are named by speaker and summary, cut to a headline's length. */
const STATEMENT_LABEL_LIMIT = 120;

/** Where a record's permalink points (for a retired record: its notice). */
export function recordHref(kind: CorrectionRecordKind, id: string): string {
  const base = RECORD_PATHS[kind];
  return base ? `${base}/${id}` : entryPermalink(id);
}

/** A record's name or title, or undefined when the data no longer (or never) held it. */
export function recordLabel(index: RecordLinkIndex, kind: CorrectionRecordKind, id: string): string | undefined {
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

export function recordLink(index: RecordLinkIndex, kind: CorrectionRecordKind, id: string): CorrectedRecordLink {
  const label = recordLabel(index, kind, id);
  return { kindLabel: RECORD_KIND_LABELS[kind], label: label ?? id, href: recordHref(kind, id), isRetired: label === undefined };
}
