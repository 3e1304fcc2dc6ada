import { describe, expect, it } from "vitest";
import { numberCitations } from "@/lib/queries/citation-notes";

describe("numberCitations", () => {
  const refs = [
    { articleId: "a", quote: "first passage here" },
    { articleId: "b", quote: "second passage here" },
    { articleId: "a", quote: "first  passage here" },
    { articleId: "b", quote: "first passage here" },
    { articleId: "a", quote: "“quoted” passage" },
    { articleId: "a", quote: '"quoted" passage' },
  ];

  it("numbers passages in order of first appearance, once each (white space and quote style folded)", () => {
    const { notes, numberOf } = numberCitations(refs);
    expect(notes.map((n) => [n.number, n.articleId, n.quote])).toEqual([
      [1, "a", "first passage here"],
      [2, "b", "second passage here"],
      [3, "b", "first passage here"],
      [4, "a", "“quoted” passage"],
    ]);
    expect(refs.map(numberOf)).toEqual([1, 2, 1, 3, 4, 4]);
  });

  it("refuses to number a passage it was not given", () => {
    const { numberOf } = numberCitations(refs);
    expect(() => numberOf({ articleId: "c", quote: "elsewhere entirely" })).toThrow(/not numbered/);
  });
});
