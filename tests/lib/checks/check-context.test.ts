import { describe, expect, it } from "vitest";
import { checkContext } from "@/lib/checks/check-context";
import { normaliseForMatch } from "@/lib/text/normalise-text";
import { ARTICLE_BODY, buildDataset, withArticleBody } from "../../support/dataset-builder";

const contextFor = (body: string) => checkContext(withArticleBody(buildDataset(), body));

describe("checkContext", () => {
  // isInArticle skips normalising when a passage is copied exactly; that is only right if a verbatim
  // passage always survives normalisation of both sides.
  it("keeps every verbatim passage of a text findable once both are normalised", () => {
    const pieces = ["a", "bc", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u202F", "\r\n", "\u201C", "\u201D", "\u2019", "'", "x y", "."];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i += 1) {
      const text = Array.from({ length: 2 + Math.floor(next() * 20) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      const start = Math.floor(next() * text.length);
      const passage = text.slice(start, start + 1 + Math.floor(next() * (text.length - start)));
      expect(normaliseForMatch(text).includes(normaliseForMatch(passage)), JSON.stringify({ text, passage })).toBe(true);
    }
  });

  it.each<[string, string, boolean]>([
    ["a passage copied exactly", "talks are “ongoing”", true],
    ["straight quotes for curly ones", 'talks are "ongoing"', true],
    ["other white space", "Tuesday\u00A0that  talks", true],
    ["a passage across a paragraph break", "“ongoing”. Hamas said", true],
    ["words the article does not print", "talks have collapsed", false],
    ["another case", "MEDIATOR QATAR", false],
  ])("isInArticle: %s", (_name, text, expected) => {
    expect(contextFor(ARTICLE_BODY).isInArticle("test-article", text)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ["a passage copied exactly", "talks are “ongoing”", true],
    ["straight quotes for curly ones", 'talks are "ongoing"', false],
    ["a passage across a paragraph break", "“ongoing”. Hamas said", false],
  ])("isCopiedInArticle, which does not normalise: %s", (_name, text, expected) => {
    expect(contextFor(ARTICLE_BODY).isCopiedInArticle("test-article", text)).toBe(expected);
  });

  it("knows no article it was not given", () => {
    const context = contextFor(ARTICLE_BODY);
    expect(context.isInArticle("no-such-article", "Qatar")).toBeUndefined();
    expect(context.isCopiedInArticle("no-such-article", "Qatar")).toBeUndefined();
    expect(context.isInArticleIgnoringCase("no-such-article", "Qatar")).toBeUndefined();
  });

  it.each<[string, string, string, boolean]>([
    ["another case", ARTICLE_BODY, "MEDIATOR QATAR said", true],
    ["another case and quote style", ARTICLE_BODY, 'TALKS ARE "ONGOING"', true],
    ["words the article does not print", ARTICLE_BODY, "a senior official", false],
    // Lower case turns a word-final capital sigma into ς, so "ΟΔΟΣ" is not in "ΟΔΟΣΑ" once lower-cased.
    ["a capital sigma that ends the passage but not the article's word", "Η ΟΔΟΣΑ και ΟΔΟΣ.", "Η ΟΔΟΣ", false],
    ["a capital sigma that ends a word in both", "Η ΟΔΟΣ και.", "Η ΟΔΟΣ", true],
  ])("isInArticleIgnoringCase: %s", (_name, body, text, expected) => {
    expect(contextFor(body).isInArticleIgnoringCase("test-article", text)).toBe(expected);
  });

  it("lists each record of each collection once, with the sources it cites", () => {
    const dataset = buildDataset();
    const { records } = checkContext(dataset);
    expect(records.map((r) => `${r.collection}:${r.record.id}`)).toEqual([
      ...dataset.actors.map((a) => `actors:${a.id}`),
      ...dataset.events.map((e) => `events:${e.id}`),
      ...dataset.statements.map((s) => `statements:${s.id}`),
      ...dataset.proposals.map((p) => `proposals:${p.id}`),
      ...dataset.counts.map((c) => `counts:${c.id}`),
    ]);
    const proposal = records.find((r) => r.collection === "proposals")!;
    expect(proposal.sourceRefs.map((r) => r.path)).toEqual(["provisions.truceLength.sources[0]", "sources[0]"]);
  });
});
