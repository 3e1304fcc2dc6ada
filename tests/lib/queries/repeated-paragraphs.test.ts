import { describe, expect, it } from "vitest";
import { findRepeatedParagraphs } from "@/lib/queries/repeated-paragraphs";

describe("findRepeatedParagraphs", () => {
  it.each<[string, string[], (number | undefined)[]]>([
    ["no repeats", ["a b", "c d"], [undefined, undefined]],
    ["a paragraph printed twice", ["Headline", "Body text.", "Headline"], [undefined, undefined, 0]],
    ["a block printed twice points each copy at its first", ["x", "one", "two", "one", "two"], [undefined, undefined, undefined, 1, 2]],
    ["third copy points at the first, not the second", ["same", "same", "same"], [undefined, 0, 0]],
    ["white space and quote styles do not hide a repeat", ["He said “yes”.", 'He said  "yes".'], [undefined, 0]],
    ["case differences are not verbatim repeats", ["Talks resumed", "talks resumed"], [undefined, undefined]],
    ["blank paragraphs are never repeats", ["", " ", ""], [undefined, undefined, undefined]],
  ])("%s", (_label, paragraphs, expected) => {
    expect(findRepeatedParagraphs(paragraphs)).toEqual(expected);
  });
});
