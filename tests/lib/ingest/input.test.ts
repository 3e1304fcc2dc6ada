import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "@/lib/ingest/cli-options";
import { seedFileName } from "@/lib/ingest/front-matter";
import { checkArticleBytes, MAX_ARTICLE_BYTES } from "@/lib/ingest/input-checks";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkArticleBytes", () => {
  it.each([
    ["empty", new Uint8Array(), /empty/],
    ["only white space", bytes(" \n\t\n"), /white space/],
    ["NUL bytes", new Uint8Array([65, 0, 66]), /binary/],
    ["control characters", bytes("Talks\u0002resumed"), /control characters/],
    ["invalid UTF-8", new Uint8Array([0x54, 0xe9, 0x20, 0x74]), /not valid UTF-8/],
    ["an HTML page", bytes("<!DOCTYPE html><html><p>x</p></html>"), /HTML/],
    ["an HTML fragment", bytes("Talks resumed.<br/>More text."), /HTML/],
    ["over 1 MB", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65), /at most 1 MB/],
  ])("refuses %s", (_name, input, reason) => {
    const result = checkArticleBytes(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    ["plain text with curly quotes and CRLF", "He said “yes”.\r\nNext line.\n"],
    ["a comparison sign is not HTML", "Deaths rose to > 50,000 and < 60,000."],
    ["a byte-order mark, kept", "\uFEFFTalks resumed."],
  ])("accepts %s, text unchanged", (_name, text) => {
    expect(checkArticleBytes(bytes(text))).toEqual({ ok: true, text });
  });
});

describe("parseIngestArgs", () => {
  it("reads every option", () => {
    const parsed = parseIngestArgs(["a.txt", "--published", "2025-06-25", "--id", "my-article", "--title", " T ", "--outlet", "AFP", "--dry-run", "--json", "--force"]);
    expect(parsed).toEqual({ ok: true, options: { file: "a.txt", published: "2025-06-25", id: "my-article", title: "T", outlet: "AFP", dryRun: true, json: true, force: true } });
  });

  it.each([
    [["a.txt", "--published", "25/06/2025"], /not a real date/],
    [["a.txt", "--published", "2025-13-01"], /not a real date/],
    [["a.txt", "--id", "Not A Slug"], /lower-case slug/],
    [["a.txt", "--verbose"], /Unknown option '--verbose'/],
    [["a.txt", "b.txt"], /one article at a time/],
    [["a.txt", "--title", "  "], /--title is empty/],
    [[], /no article file given/],
  ])("refuses %j", (args, message) => {
    const parsed = parseIngestArgs(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("seedFileName", () => {
  it.each([
    ["/tmp/000_abc.txt", "000_abc.txt", false],
    ["/tmp/My Article (final).txt", "My_Article_final_.txt", true],
    ["/tmp/article.md", "article.md.txt", true],
  ])("%s → %s", (input, seedFile, renamed) => {
    expect(seedFileName(input)).toEqual({ seedFile, renamed });
  });
});
