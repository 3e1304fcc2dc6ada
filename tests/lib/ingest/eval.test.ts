import { describe, expect, it } from "vitest";
import { scoreDraft } from "@/lib/ingest/eval/score";
import { sameQuote } from "@/lib/ingest/eval/text-overlap";
import { draftOf } from "@/tests/support/ingest-draft";

describe("sameQuote", () => {
  it.each([
    ["one inside the other", "we are close", "“We are close,” he said", true],
    ["quote marks and case folded", "It’s the same parameters", "it's the same parameters", true],
    ["halves of a split quotation share most words", "There was momentum created by the ceasefire, but we are not out of the woods yet", "There was momentum created by the ceasefire", true],
    ["different words", "nothing new", "not yet received any new proposals", false],
    ["a short word inside another word is no match", "no", "now", false],
  ])("%s", (_name, a, b, expected) => {
    expect(sameQuote(a, b)).toBe(expected);
  });
});

describe("scoreDraft", () => {
  const body = "“We are close,” said Majed Al Ansari. Over 57,000 Palestinians have been killed in Gaza.";
  const draft = draftOf(body);

  it("counts a curated quotation found, its speaker and its figure", () => {
    const score = scoreDraft(draft, body, {
      quotes: [{ text: "We are close", speakerId: "majed-al-ansari", passages: ["“We are close,” said Majed Al Ansari."], statementId: "s" }],
      figures: [{ value: 57000, metric: "deaths-gaza", qualifier: "over", countId: "c" }],
      dates: [],
      repeats: [],
    });
    expect(score.quoteRecall).toEqual({ hits: 1, total: 1 });
    expect(score.speakerAccuracy).toEqual({ hits: 1, total: 1 });
    expect(score.figureRecall).toEqual({ hits: 1, total: 1 });
    expect(score.figurePrecision).toEqual({ hits: 1, total: 1 });
  });

  it("counts a wrong speaker, a wrong qualifier and an uncurated quotation against the draft", () => {
    const score = scoreDraft(draft, body, {
      quotes: [{ text: "We are close", speakerId: "hamas", passages: [], statementId: "s" }],
      figures: [{ value: 57000, metric: "deaths-gaza", qualifier: "exact", countId: "c" }],
      dates: [],
      repeats: [],
    });
    expect(score.speakerAccuracy).toEqual({ hits: 0, total: 1 });
    expect(score.figureRecall).toEqual({ hits: 0, total: 1 });
    expect(score.figurePrecision).toEqual({ hits: 0, total: 1 });
  });
});

describe("buildDraft", () => {
  it("is deterministic: the same text gives the same draft", () => {
    const body = "“We are close,” said Majed Al Ansari on Monday. Over 57,000 Palestinians have been killed in Gaza.";
    expect(draftOf(body)).toEqual(draftOf(body));
  });
});
