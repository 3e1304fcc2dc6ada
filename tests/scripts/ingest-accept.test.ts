import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { LOCK_FILE } from "@/lib/review/data-lock";
import { readDraft } from "@/lib/review/draft-files";
import { DRAFT_ID, buildDraft, writeDraft, writeReviewDataDir } from "../support/draft-builder";

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the command as `npm run ingest:accept -- …` does (tsx on the script), against the data folder `dir`. */
function runAccept(dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/ingest-accept.ts", ...args], { env: { ...process.env, DATA_DIR: dir } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const dataFiles = (dir: string) => ["actors.json", "statements.json", "counts.json"].map((file) => readFileSync(path.join(dir, file), "utf8"));

describe("npm run ingest:accept", { timeout: 30_000 }, () => {
  it.each([
    { name: "no draft id", args: [], message: /^Missing the draft id\.\n\nUsage: npm run ingest:accept -- <draft-id>/ },
    { name: "two draft ids", args: ["a", "b"], message: /^Expected one draft id, got 2: a b/ },
    { name: "an unknown option", args: ["--force", DRAFT_ID], message: /Unknown option '--force'/ },
    { name: "a missing draft", args: ["no-such-draft"], message: /^Cannot read the draft:\n {2}- drafts\/no-such-draft\.json: no draft "no-such-draft"/ },
    { name: "a broken draft", args: ["broken"], message: /^Cannot read the draft:\n {2}- drafts\/broken\.json: invalid JSON/ },
  ])("exits 1 with a clear message for $name, writing nothing", async ({ args, message }) => {
    const dir = writeReviewDataDir();
    writeDraft(dir, null, "[", "broken");
    const before = dataFiles(dir);
    const run = await runAccept(dir, args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(dataFiles(dir)).toEqual(before);
  });

  it("writes the accepted records, skips a failing one with its reason, and exits 1", async () => {
    const draft = buildDraft();
    for (const record of [draft.actors[0]!, draft.statements[0]!, draft.counts[0]!]) record.review.status = "accepted";
    draft.counts[0]!.sources[0]!.quote = "The army said 30 hostages were alive.";
    const dir = writeReviewDataDir(draft);
    const countsBefore = readFileSync(path.join(dir, "counts.json"), "utf8");
    const run = await runAccept(dir, [DRAFT_ID]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('wrote    actors/egyptian-official: wrote actor "egyptian-official" to actors.json');
    expect(run.stdout).toContain("wrote    statements/egyptian-official-within-reach");
    expect(run.stdout).toMatch(/skipped {2}counts\/hostages-alive-army: not written: with this figure the data would fail check-data\n\s+- counts\.json: \[1\]\.sources\[0\]\.quote \(id "hostages-alive-army"\): quote not found/);
    expect(run.stderr).toMatch(/^2 written, 1 not written\./);
    expect(readFileSync(path.join(dir, "counts.json"), "utf8")).toBe(countsBefore);
    expect(loadDataset(dir).statements.map((s) => s.id)).toContain("egyptian-official-within-reach");
  });

  it("says so and exits 0 when nothing is marked accepted", async () => {
    const dir = writeReviewDataDir();
    const run = await runAccept(dir, [DRAFT_ID]);
    expect(run).toMatchObject({ code: 0, stdout: `Nothing to write: no record in draft "${DRAFT_ID}" is marked "accepted".\n` });
  });

  it("waits for a lock another live process holds, then gives up with a clear message, writing nothing", { timeout: 40_000 }, async () => {
    const draft = buildDraft();
    draft.statements[1]!.review.status = "accepted";
    const dir = writeReviewDataDir(draft);
    writeFileSync(path.join(dir, LOCK_FILE), String(process.pid));
    const before = dataFiles(dir);
    const run = await runAccept(dir, [DRAFT_ID]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest:accept failed: another process (pid ${process.pid}) is writing to ${dir}`);
    expect(dataFiles(dir)).toEqual(before);
  });

  it("takes over a lock left by a process that has ended", async () => {
    const ended = spawnSync(process.execPath, ["-e", ""]);
    const draft = buildDraft();
    draft.statements[1]!.review.status = "accepted";
    const dir = writeReviewDataDir(draft);
    writeFileSync(path.join(dir, LOCK_FILE), String(ended.pid));
    const run = await runAccept(dir, [DRAFT_ID]);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("lets two processes accepting into the same files at once both land (the lock file serialises them)", async () => {
    const first = buildDraft();
    first.statements[1]!.review.status = "accepted";
    first.counts = [];
    // Both write statements.json: without the lock one read-modify-write would undo the other.
    const second = buildDraft();
    second.statements = [second.statements[0]!];
    second.statements[0]!.review.status = "accepted";
    second.actors[0]!.review.status = "accepted";
    const dir = writeReviewDataDir(first);
    writeDraft(dir, second, undefined, "second-draft");
    const runs = await Promise.all([runAccept(dir, [DRAFT_ID]), runAccept(dir, ["second-draft"])]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const dataset = loadDataset(dir);
    expect(dataset.statements.map((s) => s.id)).toContain("qatar-talks-ongoing");
    expect(dataset.statements.map((s) => s.id)).toContain("egyptian-official-within-reach");
    expect(dataset.actors.map((a) => a.id)).toContain("egyptian-official");
    const left = readDraft(dir, "second-draft");
    expect(left.ok && left.draft.statements).toEqual([]);
  });
});
