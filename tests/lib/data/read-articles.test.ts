import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "@/lib/data/read-articles";
import { ARTICLE_BODY, buildDataset, sha256, writeDataDir } from "../../support/dataset-builder";

const ARTICLE_FILE = "articles/test-article.md";

/** A valid data folder whose one article file is `text`. */
function withArticleFile(text: string): string {
  const dir = writeDataDir(buildDataset());
  writeFileSync(path.join(dir, ARTICLE_FILE), text);
  return dir;
}

/** Block-style front matter, as the real articles are written, for `body`. */
function blockStyle(body: string, published = "2025-06-25"): string {
  return [
    "---",
    'id: "test-article"',
    'title: "Talks continue"',
    "outlet: null",
    `published: ${published}`,
    "publishedEvidence:",
    '  - "Tuesday"',
    'seedFile: "000_test.txt"',
    `seedSha256: "${sha256(body)}"`,
    "---",
    body,
  ].join("\n");
}

describe("readArticles", () => {
  it("reads the files the test builder writes, body byte for byte", () => {
    const { articles, issues } = readArticles(writeDataDir(buildDataset()));
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.body)).toEqual([ARTICLE_BODY]);
  });

  it("reads block-style front matter, an unquoted date as the text it is written as", () => {
    const { articles, issues } = readArticles(withArticleFile(blockStyle(ARTICLE_BODY)));
    expect(issues).toEqual([]);
    expect(articles[0]).toMatchObject({ published: "2025-06-25", outlet: null, publishedEvidence: ["Tuesday"], body: ARTICLE_BODY });
  });

  it("rejects an impossible unquoted date rather than rolling it over to the next month", () => {
    const { issues } = readArticles(withArticleFile(blockStyle(ARTICLE_BODY, "2025-02-30")));
    expect(issues).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^published/), reason: "is not a real calendar date written YYYY-MM-DD" }));
  });

  it.each([
    ["a blank first line", `\n${ARTICLE_BODY}`],
    ["a body that itself holds a --- line", `Intro\n---\n${ARTICLE_BODY}`],
    ["Windows line ends", ARTICLE_BODY.replaceAll("\n", "\r\n")],
  ])("keeps the body verbatim with %s (one line break after the closing --- is the delimiter's)", (_name, body) => {
    const { articles, issues } = readArticles(withArticleFile(blockStyle(body)));
    expect(issues).toEqual([]);
    expect(articles[0]?.body).toBe(body);
  });

  it.each<[string, (text: string) => string, { path: string; reason: RegExp }]>([
    ["no front matter", () => ARTICLE_BODY, { path: "", reason: /must start with YAML front matter/ }],
    ["a front matter that never closes", (text) => text.slice(0, text.indexOf("\n---\n") + 1), { path: "body", reason: /article text is empty/ }],
    ["invalid YAML", (text) => text.replace('title: "Talks continue"', 'title: "Talks continue'), { path: "front matter", reason: /^invalid YAML: / }],
    ["a key given twice", (text) => text.replace("outlet: null", "outlet: null\noutlet: null"), { path: "front matter", reason: /^invalid YAML: .*duplicate/ }],
  ])("reports %s", (_name, bend, expected) => {
    const { articles, issues } = readArticles(withArticleFile(bend(blockStyle(ARTICLE_BODY))));
    expect(articles).toEqual([]);
    expect(issues).toContainEqual({ file: ARTICLE_FILE, path: expected.path, reason: expect.stringMatching(expected.reason) });
  });

  it("reports an edited body against the seed hash", () => {
    const dir = writeDataDir(buildDataset());
    const file = path.join(dir, ARTICLE_FILE);
    writeFileSync(file, readFileSync(file, "utf8").replace("57,000", "58,000"));
    expect(readArticles(dir).issues).toContainEqual({ file: ARTICLE_FILE, path: "body", reason: expect.stringMatching(/sha256 mismatch/) });
  });
});
