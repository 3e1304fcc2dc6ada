import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DataIssue } from "../checks/data-issue";
import { readJsonFixture } from "../data/read-fixture";
import { DraftSchema, type Draft, type ReviewStatus } from "../schema/draft";
import { SlugSchema } from "../schema/primitives";
import { REVIEW_COLLECTIONS } from "./review-collections";

/** Drafts written by `npm run ingest`, one `<article id>.json` each, beside the data they feed. */
export function draftsDir(dataDir: string): string {
  return path.join(dataDir, "drafts");
}

/** The draft's file name as check messages print it. */
export function draftFileName(id: string): string {
  return `drafts/${id}.json`;
}

/** A draft id is an article slug; anything else (a path, `..`) is refused before any file is touched. */
export function isDraftId(id: string): boolean {
  return SlugSchema.safeParse(id).success;
}

export function draftPath(dataDir: string, id: string): string {
  return path.join(draftsDir(dataDir), `${id}.json`);
}

/** A draft read and validated: the parsed form for reading, the raw JSON for rewriting it as written. */
export type DraftRead =
  | { ok: true; id: string; draft: Draft; raw: Record<string, unknown> }
  | { ok: false; id: string; issues: DataIssue[] };

/** Reads `drafts/<id>.json` against `DraftSchema`; never throws, names file, path and reason instead. */
export function readDraft(dataDir: string, id: string): DraftRead {
  if (!isDraftId(id)) {
    return { ok: false, id, issues: [{ file: "drafts/", path: "", reason: `"${id}" is not a draft id (a lower-case slug such as "reuters-2025-07-01")` }] };
  }
  const file = draftFileName(id);
  const parsed = readJsonFixture(draftPath(dataDir, id), file, DraftSchema);
  if (parsed.value === undefined) {
    const issues = parsed.issues.map((issue) => (issue.reason === "file is missing" ? { ...issue, reason: `no draft "${id}" (looked for ${file})` } : issue));
    return { ok: false, id, issues };
  }
  // Parsing succeeded, so the raw file is an object with these arrays; read again untyped to keep it verbatim.
  const raw = readJsonFixture(draftPath(dataDir, id), file, z.record(z.string(), z.unknown()));
  return { ok: true, id, draft: parsed.value, raw: raw.value ?? {} };
}

export type ReviewCounts = Record<ReviewStatus, number>;

/** One line of the drafts list: a readable draft with its counts, or a broken one with its issues. */
export type DraftSummary =
  | { ok: true; id: string; title: string; published: string; counts: ReviewCounts; total: number }
  | { ok: false; id: string; issues: DataIssue[] };

export function reviewCounts(draft: Draft): ReviewCounts {
  const counts: ReviewCounts = { pending: 0, accepted: 0, rejected: 0 };
  for (const collection of REVIEW_COLLECTIONS) {
    for (const record of draft[collection]) counts[record.review.status] += 1;
  }
  return counts;
}

/** Every draft in the data folder, by id; an absent folder is simply no drafts. */
export function listDrafts(dataDir: string): DraftSummary[] {
  let names: string[];
  try {
    names = readdirSync(draftsDir(dataDir)).filter((name) => name.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const read = readDraft(dataDir, name.slice(0, -".json".length));
    if (!read.ok) return read;
    const counts = reviewCounts(read.draft);
    return {
      ok: true,
      id: read.id,
      title: read.draft.article.title,
      published: read.draft.article.published,
      counts,
      total: counts.pending + counts.accepted + counts.rejected,
    };
  });
}
