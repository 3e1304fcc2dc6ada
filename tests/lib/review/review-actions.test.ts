import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { acceptMarked, acceptRecord, editRecord, rejectRecord } from "@/lib/review/review-actions";
import { readDraft } from "@/lib/review/draft-files";
import { withoutReview } from "@/lib/review/review-collections";
import { DRAFT_ID, buildDraft, writeReviewDataDir } from "../../support/draft-builder";

const DATA_FILES = ["actors.json", "events.json", "statements.json", "proposals.json", "counts.json"];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(DATA_FILES.map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

function draftIds(dir: string, collection: "actors" | "statements" | "counts"): string[] {
  const read = readDraft(dir, DRAFT_ID);
  if (!read.ok) throw new Error("draft unreadable");
  return read.draft[collection].map((record) => record.id);
}

const target = (collection: "actors" | "statements" | "counts", recordId: string) => ({ draftId: DRAFT_ID, collection, recordId });

describe("acceptRecord", () => {
  it("moves the record, without review, into its data file, and takes it off the draft", async () => {
    const dir = writeReviewDataDir();
    const outcome = await acceptRecord(dir, target("counts", "hostages-alive-army"));
    expect(outcome).toEqual({ ok: true, message: 'wrote figure "hostages-alive-army" to counts.json' });
    const dataset = loadDataset(dir);
    const written = dataset.counts.find((count) => count.id === "hostages-alive-army");
    expect(written).toMatchObject({ value: 20, qualifier: "at-least", metric: "hostages-alive" });
    expect(written).not.toHaveProperty("review");
    expect(draftIds(dir, "counts")).toEqual([]);
    expect(draftIds(dir, "statements")).toEqual(["egyptian-official-within-reach", "qatar-talks-ongoing"]);
  });

  it("writes nothing for a record that fails the checks, leaves the data byte-identical and names the reason", async () => {
    const draft = buildDraft();
    draft.counts[0]!.sources[0]!.quote = "The army said 30 hostages were alive.";
    const dir = writeReviewDataDir(draft);
    const before = snapshot(dir);
    const draftBefore = readFileSync(path.join(dir, "drafts", `${DRAFT_ID}.json`), "utf8");
    const outcome = await acceptRecord(dir, target("counts", "hostages-alive-army"));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.kind).toBe("invalid");
    expect(outcome.issues).toContainEqual(expect.objectContaining({ file: "counts.json", reason: expect.stringMatching(/quote not found in article "test-article"/) }));
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(path.join(dir, "drafts", `${DRAFT_ID}.json`), "utf8")).toBe(draftBefore);
  });

  it("asks for the drafted actor first when a statement refers to it, then accepts it once the actor is in", async () => {
    const dir = writeReviewDataDir();
    const before = snapshot(dir);
    const blocked = await acceptRecord(dir, target("statements", "egyptian-official-within-reach"));
    expect(blocked).toMatchObject({ ok: false, kind: "blocked" });
    expect(blocked.message).toMatch(/refers to actor "egyptian-official" \(speakerId\), still in this draft: accept it first/);
    expect(snapshot(dir)).toEqual(before);

    expect((await acceptRecord(dir, target("actors", "egyptian-official"))).ok).toBe(true);
    expect((await acceptRecord(dir, target("statements", "egyptian-official-within-reach"))).ok).toBe(true);
    expect(loadDataset(dir).statements.map((s) => s.id)).toContain("egyptian-official-within-reach");
  });

  it("lands two concurrent accepts to the same file, neither clobbering the other", async () => {
    const dir = writeReviewDataDir();
    const outcomes = await Promise.all([
      acceptRecord(dir, target("statements", "qatar-talks-ongoing")),
      acceptRecord(dir, target("actors", "egyptian-official")).then(() => acceptRecord(dir, target("statements", "egyptian-official-within-reach"))),
      acceptRecord(dir, target("counts", "hostages-alive-army")),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    const dataset = loadDataset(dir);
    expect(dataset.statements.map((s) => s.id)).toEqual(["hamas-no-proposals", "qatar-talks-ongoing", "egyptian-official-within-reach"]);
    expect(dataset.counts.map((c) => c.id)).toEqual(["gaza-deaths", "hostages-alive-army"]);
    expect(draftIds(dir, "statements")).toEqual([]);
  });

  it("leaves the data file intact when the process dies between the temp write and the rename", async () => {
    const dir = writeReviewDataDir();
    const before = snapshot(dir);
    const crash = () => {
      throw new Error("simulated crash");
    };
    await expect(acceptRecord(dir, target("counts", "hostages-alive-army"), { beforeRename: crash })).rejects.toThrow("simulated crash");
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(path.join(dir, ".review.lock"))).toBe(false);
    // The lock and queue are free again: the next accept goes through.
    expect((await acceptRecord(dir, target("counts", "hostages-alive-army"))).ok).toBe(true);
  });

  it("takes an identical record already in the data (a run stopped between its two writes) off the draft", async () => {
    const dir = writeReviewDataDir();
    const draftFile = path.join(dir, "drafts", `${DRAFT_ID}.json`);
    const draftText = readFileSync(draftFile, "utf8");
    expect((await acceptRecord(dir, target("counts", "hostages-alive-army"))).ok).toBe(true);
    writeFileSync(draftFile, draftText); // as if the draft write never happened
    const counts = readFileSync(path.join(dir, "counts.json"), "utf8");
    const again = await acceptRecord(dir, target("counts", "hostages-alive-army"));
    expect(again).toEqual({ ok: true, message: 'figure "hostages-alive-army" was already in counts.json; removed from the draft' });
    expect(readFileSync(path.join(dir, "counts.json"), "utf8")).toBe(counts);
    expect(draftIds(dir, "counts")).toEqual([]);
  });

  it.each([
    { name: "an unknown record", draftId: DRAFT_ID, recordId: "no-such", message: 'no figure "no-such" in draft "test-article"' },
    { name: "a missing draft", draftId: "no-such-draft", recordId: "hostages-alive-army", message: 'no draft "no-such-draft" (looked for drafts/no-such-draft.json)' },
    { name: "a path as draft id", draftId: "../actors", recordId: "x", message: '"../actors" is not a draft id (a lower-case slug such as "reuters-2025-07-01")' },
  ])("answers not-found for $name", async ({ draftId, recordId, message }) => {
    const dir = writeReviewDataDir();
    expect(await acceptRecord(dir, { draftId, collection: "counts", recordId })).toEqual({ ok: false, kind: "not-found", message, issues: expect.any(Array) });
  });
});

describe("editRecord", () => {
  it("replaces the fields, keeps the review, and saves only the draft", async () => {
    const dir = writeReviewDataDir();
    const before = snapshot(dir);
    const fields = withoutReview(buildDraft().counts[0]!);
    const outcome = await editRecord(dir, target("counts", "hostages-alive-army"), { ...fields, id: "army-hostages-alive", attribution: "the army said" });
    expect(outcome).toEqual({ ok: true, message: 'saved figure "army-hostages-alive" in the draft' });
    const read = readDraft(dir, DRAFT_ID);
    expect(read.ok && read.draft.counts[0]).toMatchObject({ id: "army-hostages-alive", attribution: "the army said", review: { cue: "at least" } });
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    { name: "a schema error", change: { qualifier: "lots" }, path: "counts[0].qualifier", reason: /Invalid option/ },
    { name: "a quote not in the article", change: { sources: [{ articleId: "test-article", quote: "words nobody wrote here" }] }, path: "[1].sources[0].quote", reason: /quote not found/ },
    { name: "an unknown actor", change: { reportedById: "nobody" }, path: "[1].reportedById", reason: /nobody/ },
  ])("refuses $name with the path and reason, and leaves the draft as it was", async ({ change, path: issuePath, reason }) => {
    const dir = writeReviewDataDir();
    const draftFile = path.join(dir, "drafts", `${DRAFT_ID}.json`);
    const draftBefore = readFileSync(draftFile, "utf8");
    const fields = withoutReview(buildDraft().counts[0]!);
    const outcome = await editRecord(dir, target("counts", "hostages-alive-army"), { ...fields, ...change });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toContainEqual(expect.objectContaining({ path: expect.stringContaining(issuePath), reason: expect.stringMatching(reason) }));
    expect(readFileSync(draftFile, "utf8")).toBe(draftBefore);
  });

  it("checks a statement together with the drafted actor it refers to", async () => {
    const dir = writeReviewDataDir();
    const fields = withoutReview(buildDraft().statements[0]!);
    const outcome = await editRecord(dir, target("statements", "egyptian-official-within-reach"), { ...fields, summary: "An Egyptian official called a deal within reach." });
    expect(outcome.ok).toBe(true);
  });

  it("refuses an id another drafted record has", async () => {
    const dir = writeReviewDataDir();
    const fields = withoutReview(buildDraft().statements[1]!);
    const outcome = await editRecord(dir, target("statements", "qatar-talks-ongoing"), { ...fields, id: "egyptian-official-within-reach" });
    expect(outcome).toMatchObject({ ok: false, kind: "blocked", message: 'not saved: the draft already has a statement "egyptian-official-within-reach"' });
  });
});

describe("rejectRecord", () => {
  it("drops the record from the draft, writes no data, and names records still referring to it", async () => {
    const dir = writeReviewDataDir();
    const before = snapshot(dir);
    const outcome = await rejectRecord(dir, target("actors", "egyptian-official"));
    expect(outcome).toEqual({ ok: true, message: 'rejected actor "egyptian-official"; still referring to it: statement "egyptian-official-within-reach"' });
    expect(draftIds(dir, "actors")).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("acceptMarked", () => {
  it("writes the records marked accepted, actors first, and leaves a failing one in the draft", async () => {
    const draft = buildDraft();
    draft.statements[0]!.review.status = "accepted";
    draft.actors[0]!.review.status = "accepted";
    draft.counts[0]!.review.status = "accepted";
    draft.counts[0]!.sources[0]!.quote = "The army said 30 hostages were alive.";
    const dir = writeReviewDataDir(draft);
    const result = await acceptMarked(dir, DRAFT_ID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.results.map((r) => [r.collection, r.id, r.outcome.ok])).toEqual([
      ["actors", "egyptian-official", true],
      ["statements", "egyptian-official-within-reach", true],
      ["counts", "hostages-alive-army", false],
    ]);
    expect(draftIds(dir, "counts")).toEqual(["hostages-alive-army"]);
    expect(draftIds(dir, "statements")).toEqual(["qatar-talks-ongoing"]);
  });
});
