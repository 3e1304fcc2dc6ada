import path from "node:path";
import type { DataIssue } from "../checks/data-issue";
import { readArticles } from "../data/read-articles";
import { readJsonFixture } from "../data/read-fixture";
import { formatCountValue, METRIC_LABELS } from "../format/format-count";
import { formatFactDate } from "../format/format-date";
import { ACTOR_KIND_LABELS, ACTOR_ROLE_LABELS, TYPE_LABELS } from "../format/labels";
import { FIXTURE_FILES } from "../schema/dataset";
import type { Draft, Review } from "../schema/draft";
import { VENUE_NOT_STATED } from "../schema/statement";
import { candidateSegments, type CandidateParagraph } from "./candidate-segments";
import { readDraft } from "./draft-files";
import { RECORD_NOUNS, REVIEW_COLLECTIONS, withoutReview, type ReviewCollection } from "./review-collections";

/** One labelled line of a drafted record as the editor reads it. */
export type ReviewField = { label: string; value: string };

/** A drafted record, numbered in reading order, in readable form and as editable JSON. */
export type ReviewItem = {
  number: number;
  collection: ReviewCollection;
  noun: string;
  id: string;
  heading: string;
  fields: ReviewField[];
  review: Review;
  /** The record without `review`, pretty-printed for the Edit box. */
  json: string;
  /** False when its offsets fall outside the article text, so nothing is highlighted. */
  isPlaced: boolean;
};

export type ReviewPage = {
  id: string;
  draft: Draft;
  /** The article text, or why it cannot be shown. */
  article: { ok: true; paragraphs: CandidateParagraph[] } | { ok: false; reason: string };
  items: ReviewItem[];
};

type Names = ReadonlyMap<string, string>;

/** Names of the actors in the data and in the draft, for "speaker: Qatar (qatar)". */
function actorNames(dataDir: string, draft: Draft): Names {
  const { file, schema } = FIXTURE_FILES.actors;
  const data = readJsonFixture(path.join(dataDir, file), file, schema).value ?? [];
  return new Map([...data, ...draft.actors].map((actor) => [actor.id, actor.name]));
}

const named = (names: Names, id: string | undefined) => (id === undefined ? "—" : `${names.get(id) ?? "unknown actor"} (${id})`);
const when = (record: Parameters<typeof formatFactDate>[0] & { precision: string }) => `${formatFactDate(record)} · precision: ${record.precision}`;

/** The readable fields of one drafted record, by collection. */
function describe(collection: ReviewCollection, draft: Draft, index: number, names: Names): { heading: string; fields: ReviewField[] } {
  switch (collection) {
    case "statements": {
      const s = draft.statements[index]!;
      return {
        // Quotation marks only around the speaker's own words: a paraphrase is the article's account.
        heading: `${names.get(s.speakerId) ?? s.speakerId}${s.quoteKind === "paraphrase" ? ` (paraphrased): ${s.text}` : `: “${s.text}”`}`,
        fields: [
          { label: "Speaker", value: `${named(names, s.speakerId)} · ${s.speakerKind}${s.speakerDescription ? ` (“${s.speakerDescription}”)` : ""}${s.speakerBasis === "inferred" ? " · inferred" : ""}` },
          { label: "Speaks for", value: named(names, s.actorId) },
          { label: "Quote", value: `${s.quoteKind}${s.isDirectQuote ? " (direct quote)" : ""}` },
          { label: "Venue", value: s.venueStated ? s.venue : VENUE_NOT_STATED },
          { label: "Date", value: when(s) },
          { label: "Summary", value: s.summary },
        ],
      };
    }
    case "counts": {
      const c = draft.counts[index]!;
      return {
        heading: `${formatCountValue(c.value, c.qualifier, c)}: ${METRIC_LABELS[c.metric]}`,
        fields: [
          { label: "Figure", value: `${c.value} · qualifier: ${c.qualifier}${c.low !== undefined ? ` (${c.low}–${c.high})` : ""}` },
          { label: "Metric", value: `${METRIC_LABELS[c.metric]} (${c.metric})` },
          { label: "Date described", value: when(c) },
          { label: "Attribution", value: c.attribution },
          { label: "Reported by", value: named(names, c.reportedById) },
          ...(c.note ? [{ label: "Note", value: c.note }] : []),
        ],
      };
    }
    case "actors": {
      const a = draft.actors[index]!;
      return {
        heading: a.name,
        fields: [
          { label: "Kind", value: `${ACTOR_KIND_LABELS[a.kind]} · ${ACTOR_ROLE_LABELS[a.role]}` },
          { label: "Organisation", value: named(names, a.organisationId) },
          ...(a.title ? [{ label: "Title", value: a.title }] : []),
          { label: "Description", value: a.description },
        ],
      };
    }
    case "events": {
      const e = draft.events[index]!;
      return {
        heading: e.title,
        fields: [
          { label: "Type", value: TYPE_LABELS[e.type] },
          { label: "Date", value: when(e) },
          { label: "Actors", value: e.actorIds.map((id) => named(names, id)).join(", ") },
          { label: "Summary", value: e.summary },
        ],
      };
    }
  }
}

/** Everything `/review/<id>` shows, or the issues of a missing (`missing`) or broken draft. */
export function getReviewPage(dataDir: string, id: string): { ok: true; page: ReviewPage } | { ok: false; missing: boolean; issues: DataIssue[] } {
  const read = readDraft(dataDir, id);
  if (!read.ok) return { ok: false, missing: read.issues.every((issue) => issue.reason.startsWith("no draft") || issue.file === "drafts/"), issues: read.issues };
  const { draft } = read;
  const names = actorNames(dataDir, draft);
  const body = readArticles(dataDir).articles.find((article) => article.id === draft.article.id)?.body;

  const items: ReviewItem[] = [];
  for (const collection of REVIEW_COLLECTIONS) {
    draft[collection].forEach((record, index) => {
      items.push({
        number: 0,
        collection,
        noun: RECORD_NOUNS[collection],
        id: record.id,
        ...describe(collection, draft, index, names),
        review: record.review,
        json: JSON.stringify(withoutReview(record), null, 2),
        isPlaced: body !== undefined && record.review.end <= body.length,
      });
    });
  }
  // Numbered in reading order, as the highlights appear in the text.
  items.sort((a, b) => a.review.start - b.review.start || a.review.end - b.review.end);
  items.forEach((item, index) => (item.number = index + 1));

  const article: ReviewPage["article"] =
    body === undefined
      ? { ok: false, reason: `The article "${draft.article.id}" is not in data/articles (or fails its checks), so its text cannot be shown.` }
      : { ok: true, paragraphs: candidateSegments(body, items.filter((item) => item.isPlaced).map((item) => ({ number: item.number, start: item.review.start, end: item.review.end }))) };
  return { ok: true, page: { id, draft, article, items } };
}
