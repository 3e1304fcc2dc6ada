// Reader-facing names of the values a correction uses (labels.ts holds those of the records).
import type { CorrectionAction, CorrectionCategory, CorrectionRecordKind } from "../schema/correction";
import { PROVISION_LABELS } from "./labels";

/** The audit's categories in plain words: what was wrong with the record. */
export const CORRECTION_CATEGORY_LABELS: Record<CorrectionCategory, string> = {
  "unsupported-assertion": "Said something the article does not say",
  "summary-overreach": "Summary went beyond its quoted passages",
  "date-precision": "Date more precise than the article gives it",
  "unsupported-link": "Linked facts the article does not link",
  editorialising: "Wording that was ours, not the article’s",
  identity: "Named or described someone beyond the article",
  duplicate: "Same fact recorded twice",
  merge: "Separate facts recorded as one",
  omission: "Left out something the article reports",
  "article-error": "Error in the article itself",
};

/** Names of the kinds of record, in running text ("the event …"). */
export const RECORD_KIND_LABELS: Record<CorrectionRecordKind, string> = {
  actor: "actor",
  event: "event",
  statement: "statement",
  proposal: "proposal",
  count: "figure",
  article: "source article",
};

/** The kinds of record as a filter names them. */
export const RECORD_KIND_PLURAL_LABELS: Record<CorrectionRecordKind, string> = {
  event: "Events",
  statement: "Statements",
  count: "Figures",
  actor: "Actors",
  proposal: "Proposals",
  article: "Source articles",
};

/** What was done, as a heading word. */
export const CORRECTION_ACTION_LABELS: Record<CorrectionAction, string> = {
  edited: "Changed",
  added: "Added",
  merged: "Merged",
  removed: "Removed",
};

/** The fields corrections most often name, as words after "Changed" ("Changed where it was said."). */
const FIELD_LABELS: Record<string, string> = {
  title: "the title",
  summary: "the summary",
  date: "the date",
  precision: "how precisely the date is known",
  dateLabel: "the date as shown",
  earliest: "the earliest day",
  latest: "the latest day",
  dateNote: "how the date was worked out",
  type: "the type",
  actorIds: "the actors named",
  proposalIds: "the proposals linked",
  eventId: "the event linked",
  sources: "the sources",
  speakerId: "the speaker",
  actorId: "who the speaker spoke for",
  venue: "where it was said",
  text: "the quoted words",
  isDirectQuote: "whether it is a direct quote",
  topics: "the topics",
  metric: "what the figure counts",
  value: "the figure",
  qualifier: "how the figure is qualified",
  reportedById: "who reported the figure",
  attribution: "the attribution",
  name: "the name",
  description: "the description",
  organisationId: "the organisation",
  proposerIds: "who proposed it",
  note: "the note",
  status: "the status",
  statusHistory: "the status history",
  provisions: "the provisions",
  notes: "the notes on the text",
  published: "the publication date",
  publishedLatest: "the last day it may have been published",
};

/** A field name in words; one we have no words for is named as the data names it. */
export function correctionFieldLabel(field: string): string {
  const provision = /^provisions\.(\w+)$/.exec(field)?.[1];
  const provisionLabel = provision === undefined ? undefined : PROVISION_LABELS[provision as keyof typeof PROVISION_LABELS]?.label;
  if (provisionLabel) return `the provision “${provisionLabel}”`;
  return FIELD_LABELS[field] ?? `the field “${field}”`;
}

/** "dateLabel" → "Date label": a field name split into words, for fields we have no words for. */
function fieldWords(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A key inside a stored value as a label ("Date as shown"): the field's words without "the", capitalised. */
export function correctionKeyLabel(key: string): string {
  const words = FIELD_LABELS[key]?.replace(/^the /, "");
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : fieldWords(key);
}
