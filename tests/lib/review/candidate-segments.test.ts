import { describe, expect, it } from "vitest";
import { candidateSegments } from "@/lib/review/candidate-segments";

const BODY = "Qatar said talks are ongoing.\nThe army said at least 20 hostages were alive.\n";

describe("candidateSegments", () => {
  it.each([
    {
      name: "no candidates: plain paragraphs",
      ranges: [],
      expected: [[["Qatar said talks are ongoing.", [], []]], [["The army said at least 20 hostages were alive.", [], []]]],
    },
    {
      name: "one candidate inside a paragraph",
      ranges: [{ number: 1, start: 6, end: 10 }],
      expected: [[["Qatar ", [], []], ["said", [1], [1]], [" talks are ongoing.", [], []]], [["The army said at least 20 hostages were alive.", [], []]]],
    },
    {
      name: "a figure inside a statement: both marked, each numbered where it starts",
      ranges: [
        { number: 1, start: 30, end: 77 },
        { number: 2, start: 44, end: 64 },
      ],
      expected: [
        [["Qatar said talks are ongoing.", [], []]],
        [["The army said ", [1], [1]], ["at least 20 hostages", [1, 2], [2]], [" were alive.", [1], []]],
      ],
    },
    {
      name: "a passage across two paragraphs: numbered once, in the first",
      ranges: [{ number: 3, start: 17, end: 38 }],
      expected: [[["Qatar said talks ", [], []], ["are ongoing.", [3], [3]]], [["The army", [3], []], [" said at least 20 hostages were alive.", [], []]]],
    },
    {
      name: "offsets past the end of the text are clipped away",
      ranges: [{ number: 4, start: 500, end: 510 }],
      expected: [[["Qatar said talks are ongoing.", [], []]], [["The army said at least 20 hostages were alive.", [], []]]],
    },
  ])("$name", ({ ranges, expected }) => {
    const paragraphs = candidateSegments(BODY, ranges).map((p) => p.segments.map((s) => [s.text, s.numbers, s.starts]));
    expect(paragraphs).toEqual(expected);
  });
});
