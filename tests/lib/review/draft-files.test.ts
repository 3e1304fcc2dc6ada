import { describe, expect, it } from "vitest";
import { listDrafts, readDraft } from "@/lib/review/draft-files";
import { buildDataset, writeDataDir } from "../../support/dataset-builder";
import { DRAFT_ID, buildDraft, writeDraft, writeReviewDataDir } from "../../support/draft-builder";

describe("listDrafts", () => {
  it("is empty when the data has no drafts folder", () => {
    expect(listDrafts(writeDataDir(buildDataset()))).toEqual([]);
  });

  it("lists each draft with its title and counts by status, and a broken one with its issues", () => {
    const draft = buildDraft();
    draft.statements[1]!.review.status = "accepted";
    draft.counts[0]!.review.status = "rejected";
    const dir = writeReviewDataDir(draft);
    writeDraft(dir, null, "{ not json", "broken-draft");
    expect(listDrafts(dir)).toEqual([
      { ok: false, id: "broken-draft", issues: [{ file: "drafts/broken-draft.json", path: "", reason: expect.stringMatching(/^invalid JSON: .* at line 1, column 3$/) }] },
      { ok: true, id: DRAFT_ID, title: "Test article", published: "2025-06-25", counts: { pending: 2, accepted: 1, rejected: 1 }, total: 4 },
    ]);
  });
});

describe("readDraft", () => {
  it.each([
    { name: "a record without its review", mutate: (raw: Record<string, unknown[]>) => delete (raw.counts![0] as Record<string, unknown>).review, path: 'counts[0].review', reason: "required field is missing" },
    { name: "offsets the wrong way round", mutate: (raw: Record<string, unknown[]>) => Object.assign((raw.counts![0] as { review: object }).review, { start: 9, end: 3 }), path: "counts[0].review.end", reason: "end 3 must be after start 9" },
    { name: "a record in the wrong shape", mutate: (raw: Record<string, unknown[]>) => Object.assign(raw.statements![0] as object, { quoteKind: "shouted" }), path: "statements[0].quoteKind", reason: 'Invalid option: expected one of "direct"|"partial"|"paraphrase"' },
  ])("names file, path and reason for $name", ({ mutate, path, reason }) => {
    const raw = JSON.parse(JSON.stringify(buildDraft())) as Record<string, unknown[]>;
    mutate(raw);
    const dir = writeDataDir(buildDataset());
    writeDraft(dir, null, JSON.stringify(raw));
    const read = readDraft(dir, DRAFT_ID);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toContainEqual({ file: `drafts/${DRAFT_ID}.json`, path, reason });
  });
});
