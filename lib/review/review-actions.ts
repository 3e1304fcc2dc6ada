import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { formatPath, type DataIssue } from "../checks/data-issue";
import { readJsonFixture } from "../data/read-fixture";
import { forgetSharedIndex } from "../data/shared-index";
import type { Draft } from "../schema/draft";
import { writeFileAtomic, type AtomicWriteHooks } from "./atomic-write";
import { withDataLock } from "./data-lock";
import { draftFileName, draftPath, readDraft } from "./draft-files";
import { describeReferences, draftOnlyReferences } from "./record-references";
import { RECORD_NOUNS, REVIEW_COLLECTIONS, REVIEW_SCHEMAS, withoutReview, type ReviewCollection } from "./review-collections";
import { checkWouldBe, formatDataFile } from "./would-be-dataset";

/** One drafted record: which draft, which collection, which id. */
export type RecordTarget = { draftId: string; collection: ReviewCollection; recordId: string };

/**
 * What an action did. `not-found`: no such draft or record; `invalid`: the record (or the data it would
 * make) fails the checks, nothing written; `blocked`: it depends on records still in the draft, or its id
 * is taken.
 */
export type ReviewOutcome =
  | { ok: true; message: string }
  | { ok: false; kind: "not-found" | "invalid" | "blocked"; message: string; issues: DataIssue[] };

const fail = (kind: "not-found" | "invalid" | "blocked", message: string, issues: DataIssue[] = []): ReviewOutcome => ({ ok: false, kind, message, issues });

const AnyArraySchema = z.array(z.unknown());

/** The raw records of one data file; a missing or broken file is reported as the loader reports it. */
function readDataRecords(dataDir: string, collection: ReviewCollection): { records: unknown[] } | { issues: DataIssue[] } {
  const file = REVIEW_SCHEMAS[collection].file;
  const read = readJsonFixture(path.join(dataDir, file), file, AnyArraySchema);
  return read.value ? { records: read.value } : { issues: read.issues };
}

function idsOf(records: readonly unknown[]): Set<string> {
  return new Set(records.map((record) => (record as { id?: unknown }).id).filter((id): id is string => typeof id === "string"));
}

type Located = { draft: Draft; raw: Record<string, unknown>; rawRecords: unknown[]; index: number };

/** Reads the draft and finds the record; an outcome to return instead where either is missing. */
function locate(dataDir: string, { draftId, collection, recordId }: RecordTarget): Located | ReviewOutcome {
  const read = readDraft(dataDir, draftId);
  if (!read.ok) {
    const missing = read.issues.some((issue) => issue.reason.startsWith("no draft") || issue.file === "drafts/");
    return fail(missing ? "not-found" : "invalid", missing ? read.issues[0]!.reason : `draft "${draftId}" is not valid`, read.issues);
  }
  const index = read.draft[collection].findIndex((record) => record.id === recordId);
  if (index < 0) return fail("not-found", `no ${RECORD_NOUNS[collection]} "${recordId}" in draft "${draftId}"`);
  return { draft: read.draft, raw: read.raw, rawRecords: read.raw[collection] as unknown[], index };
}

function saveDraft(dataDir: string, draftId: string, raw: Record<string, unknown>, hooks?: AtomicWriteHooks): void {
  writeFileAtomic(draftPath(dataDir, draftId), `${JSON.stringify(raw, null, 2)}\n`, hooks);
}

/** Data ids of actors and events, to tell which references the data already resolves. */
function dataActorAndEventIds(dataDir: string): Record<"actors" | "events", Set<string>> {
  const ids = (collection: "actors" | "events") => {
    const read = readDataRecords(dataDir, collection);
    return "records" in read ? idsOf(read.records) : new Set<string>();
  };
  return { actors: ids("actors"), events: ids("events") };
}

function acceptLocked(dataDir: string, target: RecordTarget, hooks?: AtomicWriteHooks): ReviewOutcome {
  const located = locate(dataDir, target);
  if ("ok" in located) return located;
  const { collection, recordId, draftId } = target;
  const noun = RECORD_NOUNS[collection];
  const file = REVIEW_SCHEMAS[collection].file;
  const record = withoutReview(located.rawRecords[located.index] as object);

  const references = draftOnlyReferences(record, located.draft, dataActorAndEventIds(dataDir));
  if (references.length > 0) return fail("blocked", `not written: ${describeReferences(collection, recordId, references)}`);

  const current = readDataRecords(dataDir, collection);
  if ("issues" in current) return fail("invalid", `not written: ${file} cannot be read`, current.issues);

  const existing = current.records.find((other) => (other as { id?: unknown }).id === recordId);
  if (existing !== undefined && !isDeepStrictEqual(existing, record)) {
    return fail("blocked", `not written: ${file} already has a ${noun} "${recordId}" with other content; give the drafted one another id (Edit)`);
  }
  if (existing === undefined) {
    const next = [...current.records, record];
    const issues = checkWouldBe(dataDir, { [collection]: next });
    if (issues.length > 0) return fail("invalid", `not written: with this ${noun} the data would fail check-data`, issues);
    writeFileAtomic(path.join(dataDir, file), formatDataFile(next), hooks);
    forgetSharedIndex(dataDir);
  }
  // Accepted records leave the draft: the data file is now their one home. An identical record already in
  // the data (a run stopped between the two writes) is simply taken off the draft.
  located.rawRecords.splice(located.index, 1);
  saveDraft(dataDir, draftId, located.raw, hooks);
  return { ok: true, message: existing === undefined ? `wrote ${noun} "${recordId}" to ${file}` : `${noun} "${recordId}" was already in ${file}; removed from the draft` };
}

/**
 * Moves one drafted record (without `review`) into its `data/*.json`, if the data with it passes every
 * check `npm run check-data` runs; otherwise nothing is written and the issues are returned.
 */
export function acceptRecord(dataDir: string, target: RecordTarget, hooks?: AtomicWriteHooks): Promise<ReviewOutcome> {
  return withDataLock(dataDir, () => acceptLocked(dataDir, target, hooks));
}

/** Drops one record from its draft. */
export function rejectRecord(dataDir: string, target: RecordTarget): Promise<ReviewOutcome> {
  return withDataLock(dataDir, () => {
    const located = locate(dataDir, target);
    if ("ok" in located) return located;
    located.rawRecords.splice(located.index, 1);
    saveDraft(dataDir, target.draftId, located.raw);
    const dependants = REVIEW_COLLECTIONS.flatMap((collection) =>
      (located.raw[collection] as Record<string, unknown>[]).filter((record) => Object.entries(record).some(([field, value]) => field !== "id" && (value === target.recordId || (Array.isArray(value) && value.includes(target.recordId))))).map((record) => `${RECORD_NOUNS[collection]} "${String(record.id)}"`),
    );
    const note = dependants.length > 0 ? `; still referring to it: ${dependants.join(", ")}` : "";
    return { ok: true, message: `rejected ${RECORD_NOUNS[target.collection]} "${target.recordId}"${note}` };
  });
}

function editLocked(dataDir: string, target: RecordTarget, input: unknown): ReviewOutcome {
  const located = locate(dataDir, target);
  if ("ok" in located) return located;
  const { collection, draftId } = target;
  const noun = RECORD_NOUNS[collection];
  const draftFile = draftFileName(draftId);
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    return fail("invalid", `not saved: the ${noun} must be a JSON object`, [{ file: draftFile, path: `${collection}[${located.index}]`, reason: "expected a JSON object" }]);
  }
  // The editor changes the record; what the machine said about it stays.
  const original = located.rawRecords[located.index] as Record<string, unknown>;
  const candidate = { ...withoutReview(input), review: original.review };
  const parsed = REVIEW_SCHEMAS[collection].draft.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ file: draftFile, path: formatPath([collection, located.index, ...issue.path]), reason: issue.message }));
    return fail("invalid", `not saved: the ${noun} does not match its schema`, issues);
  }
  const newId = parsed.data.id;
  if (newId !== target.recordId && located.draft[collection].some((other) => other.id === newId)) {
    return fail("blocked", `not saved: the draft already has a ${noun} "${newId}"`);
  }

  // Checked as it would be accepted, with the drafted actors and events it refers to taken along.
  const record = withoutReview(candidate);
  const references = draftOnlyReferences(record, located.draft, dataActorAndEventIds(dataDir));
  const replaced: Partial<Record<ReviewCollection, unknown[]>> = {};
  const add = (into: ReviewCollection, value: unknown): DataIssue[] | undefined => {
    if (!replaced[into]) {
      const current = readDataRecords(dataDir, into);
      if ("issues" in current) return current.issues;
      replaced[into] = [...current.records];
    }
    replaced[into].push(value);
    return undefined;
  };
  for (const reference of references) {
    const drafted = (located.raw[reference.collection] as { id?: unknown }[]).find((other) => other.id === reference.id);
    const unreadable = add(reference.collection, withoutReview(drafted ?? {}));
    if (unreadable) return fail("invalid", "not saved: the data cannot be read", unreadable);
  }
  const unreadable = add(collection, record);
  if (unreadable) return fail("invalid", "not saved: the data cannot be read", unreadable);
  const issues = checkWouldBe(dataDir, replaced);
  if (issues.length > 0) return fail("invalid", `not saved: accepting this ${noun} would fail check-data`, issues);

  located.rawRecords[located.index] = candidate;
  saveDraft(dataDir, draftId, located.raw);
  return { ok: true, message: `saved ${noun} "${newId}" in the draft` };
}

/**
 * Replaces a drafted record's fields (its `review` is kept). Saved only if the record matches its schema
 * and the data with it (and the drafted actors and events it refers to) would pass check-data.
 */
export function editRecord(dataDir: string, target: RecordTarget, input: unknown): Promise<ReviewOutcome> {
  return withDataLock(dataDir, () => editLocked(dataDir, target, input));
}

export type MarkedOutcome = { collection: ReviewCollection; id: string; outcome: ReviewOutcome };

/**
 * Writes every record the editor marked `accepted` in the draft, actors and events first so the
 * statements that cite them find them. Each is checked and written on its own: one that fails is left in
 * the draft and the rest still land.
 */
export async function acceptMarked(dataDir: string, draftId: string): Promise<{ ok: true; results: MarkedOutcome[] } | { ok: false; issues: DataIssue[] }> {
  const read = readDraft(dataDir, draftId);
  if (!read.ok) return { ok: false, issues: read.issues };
  const results: MarkedOutcome[] = [];
  for (const collection of REVIEW_COLLECTIONS) {
    for (const record of read.draft[collection]) {
      if (record.review.status !== "accepted") continue;
      results.push({ collection, id: record.id, outcome: await acceptRecord(dataDir, { draftId, collection, recordId: record.id }) });
    }
  }
  return { ok: true, results };
}
