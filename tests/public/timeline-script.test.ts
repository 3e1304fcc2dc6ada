import { describe, expect, it } from "vitest";
import { entryLocation, formQuery, titleOfLabel } from "@/public/scripts/timeline.js";

describe("formQuery", () => {
  it.each<[string, [string, string][], string]>([
    ["nothing chosen", [["q", ""], ["from", ""], ["to", ""], ["order", "newest"]], ""],
    ["blanks and the default order left out", [["q", "  "], ["actor", "qatar"], ["order", "newest"]], "actor=qatar"],
    ["repeated names kept in form order", [["actor", "hamas"], ["actor", "qatar"], ["type", "statement"]], "actor=hamas&actor=qatar&type=statement"],
    ["text trimmed and encoded", [["q", " ceasefire talks "], ["order", "oldest"]], "q=ceasefire+talks&order=oldest"],
    ["dates", [["from", "2025-01-01"], ["to", "2025-02-01"]], "from=2025-01-01&to=2025-02-01"],
  ])("%s", (_, entries, expected) => {
    expect(formQuery(entries)).toBe(expected);
  });

  it("skips file fields", () => {
    expect(formQuery([["upload", new File([], "x")], ["q", "a"]])).toBe("q=a");
  });
});

describe("entryLocation", () => {
  it.each<[string, string, string, string | undefined]>([
    ["asks for the page holding the entry", "", "2025-01-15-deal", "/timeline?entry=2025-01-15-deal#2025-01-15-deal"],
    ["keeps the filters, drops the page", "?actor=qatar&p=3", "x-1", "/timeline?actor=qatar&entry=x-1#x-1"],
    ["drops the old page parameter too", "?page=2&type=figure", "x", "/timeline?type=figure&entry=x#x"],
    ["asks only once", "?entry=x", "y", undefined],
    ["not an entry id", "", "Main", undefined],
    ["no injected markup or paths", "", "a/../b", undefined],
  ])("%s", (_, search, id, expected) => {
    expect(entryLocation(search, id)).toBe(expected);
  });
});

describe("titleOfLabel", () => {
  it.each([
    [" to “Talks resume in Doha”", "Talks resume in Doha"],
    [" to “A “quoted” word”", "A “quoted” word"],
    ["", ""],
  ])("%j → %j", (label, title) => {
    expect(titleOfLabel(label)).toBe(title);
  });
});
