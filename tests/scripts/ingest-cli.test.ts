import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readArticles } from "@/lib/data/read-articles";
import { DraftSchema } from "@/lib/schema/draft";
import { buildDataset, writeDataDir } from "@/tests/support/dataset-builder";

// Spawns the real command (tsx, as npm run ingest does) against a temporary data folder.
const ARTICLE = "DOHA, June 26, 2025 — Mediator Qatar said on Tuesday that talks were “ongoing”.\n\n“We are close to an agreement,” said a Qatari official.\n";

// Each run starts Node with tsx: seconds apiece on a busy machine.
const SLOW = { timeout: 120_000 };

let dataDir: string;
let work: string;

beforeEach(() => {
  dataDir = writeDataDir(buildDataset());
  work = mkdtempSync(path.join(tmpdir(), "ingest-input-"));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function input(name: string, content: string | Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, INGEST_DEBUG: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe("npm run ingest: bad input", SLOW, () => {
  it.each([
    ["a missing file", () => [path.join(tmpdir(), "no-such-article.txt"), "--published", "2025-06-26"], /does not exist/],
    ["an empty file", () => [input("empty.txt", ""), "--published", "2025-06-26"], /empty/],
    ["a binary file", () => [input("bin.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), "--published", "2025-06-26"], /binary/],
    ["a file that is not UTF-8", () => [input("latin1.txt", Buffer.from("Caf\xe9 talks", "latin1")), "--published", "2025-06-26"], /not valid UTF-8/],
    ["HTML instead of text", () => [input("page.txt", "<html><body><p>Talks resumed.</p></body></html>"), "--published", "2025-06-26"], /HTML/],
    ["a file over 1 MB", () => [input("big.txt", "Talks resumed. ".repeat(80_000)), "--published", "2025-06-26"], /at most 1 MB/],
    ["a malformed date", () => [input("a.txt", ARTICLE), "--published", "2025-02-30"], /not a real date/],
    ["an unknown flag", () => [input("a.txt", ARTICLE), "--publish", "2025-06-26"], /Unknown option '--publish'/],
    ["no file at all", () => ["--published", "2025-06-26"], /no article file given/],
  ])("%s: exit 1 with a message, no stack trace, nothing written", (_name, args, message) => {
    const { code, stderr, stdout } = ingest(...(args as () => string[])());
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe("");
    expect(filesIn(path.join(dataDir, "drafts"))).toEqual([]);
  });
});

describe("npm run ingest: writing", SLOW, () => {
  it("--json prints exactly one JSON object on stdout, a valid draft, and writes article and draft", () => {
    const { code, stdout, stderr } = ingest(input("doha.txt", ARTICLE), "--published", "2025-06-26", "--id", "doha-talks", "--json");
    expect(code, stderr).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(stdout));
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(draft.article).toMatchObject({ id: "doha-talks", published: "2025-06-26", seedFile: "doha.txt" });
    expect(draft.statements.map((s) => s.text)).toEqual(expect.arrayContaining(["We are close to an agreement"]));
    // The article is stored byte for byte and reads back through the loader's own checks.
    const { articles, issues } = readArticles(dataDir);
    expect(issues).toEqual([]);
    expect(articles.find((a) => a.id === "doha-talks")?.body).toBe(ARTICLE);
    expect(JSON.parse(readFileSync(path.join(dataDir, "drafts", "doha-talks.json"), "utf8"))).toEqual(draft);
  });

  it("--dry-run writes nothing", () => {
    const { code } = ingest(input("doha.txt", ARTICLE), "--published", "2025-06-26", "--id", "doha-dry", "--dry-run");
    expect(code).toBe(0);
    expect(filesIn(path.join(dataDir, "drafts"))).toEqual([]);
    expect(filesIn(path.join(dataDir, "articles"))).not.toContain("doha-dry.md");
  });

  it("never overwrites: a second run exits 1; --force replaces the draft only", () => {
    const file = input("doha.txt", ARTICLE);
    expect(ingest(file, "--published", "2025-06-26", "--id", "doha-once").code).toBe(0);
    const again = ingest(file, "--published", "2025-06-26", "--id", "doha-once");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const forced = ingest(file, "--published", "2025-06-26", "--id", "doha-once", "--force");
    expect(forced.code, forced.stderr).toBe(0);
    // Another text under the same id is refused even with --force: the article is never replaced.
    const other = ingest(input("other.txt", "Other text about the talks in Cairo."), "--published", "2025-06-26", "--id", "doha-once", "--force");
    expect(other.code).toBe(1);
  });
});

describe("npm run ingest: publication date without --published", SLOW, () => {
  it("takes a dateline with a year and prints the evidence", () => {
    const { code, stderr } = ingest(input("doha.txt", ARTICLE), "--id", "doha-dateline", "--dry-run");
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/dateline "DOHA, June 26, 2025 —"/);
    expect(stderr).toMatch(/publication date inferred: 2025-06-26/);
  });

  it("fixes a year-less dateline with a weekday the dataset dates", () => {
    const text = "DOHA, June 26 — Mediator Qatar said on Tuesday that talks were ongoing, a day after new proposals arrived.";
    const { code, stderr } = ingest(input("doha.txt", text), "--id", "doha-weekday", "--dry-run");
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/matching the event "Qatar says talks are ongoing" of 2025-06-24/);
    expect(stderr).toMatch(/publication date inferred: 2025-06-26/);
  });

  it("asks for --published when the anchors leave more than one day", () => {
    const text = "Mediator Qatar said on Tuesday that talks were ongoing.";
    const { code, stderr } = ingest(input("doha.txt", text), "--id", "doha-unsure", "--dry-run");
    expect(code).toBe(1);
    expect(stderr).toMatch(/from 2025-06-24 to 2025-06-30/);
    expect(stderr).toMatch(/--published YYYY-MM-DD/);
  });
});
