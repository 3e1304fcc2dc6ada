import { describe, expect, it } from "vitest";
import { countNoun, joinAnd, joinOr, pluralWord } from "@/lib/format/words";

describe("joinAnd and joinOr", () => {
  it.each<[string[], string, string]>([
    [[], "", ""],
    [["Qatar"], "Qatar", "Qatar"],
    [["Qatar", "Egypt"], "Qatar and Egypt", "Qatar or Egypt"],
    // British style: no comma before the last word.
    [["Qatar", "Egypt", "the United States"], "Qatar, Egypt and the United States", "Qatar, Egypt or the United States"],
    [["a", "b", "c", "d"], "a, b, c and d", "a, b, c or d"],
  ])("%j → %j / %j", (items, and, or) => {
    expect(joinAnd(items)).toBe(and);
    expect(joinOr(items)).toBe(or);
  });
});

describe("pluralWord", () => {
  it.each<[number, string]>([
    [0, "entries"],
    [1, "entry"],
    [2, "entries"],
    [1.5, "entries"],
    [1000, "entries"],
  ])("%d → %s", (count, expected) => {
    expect(pluralWord(count, "entry", "entries")).toBe(expected);
  });

  it("takes whole phrases, for verbs that agree too", () => {
    expect(pluralWord(1, "fact cites it", "facts cite it")).toBe("fact cites it");
    expect(pluralWord(3, "fact cites it", "facts cite it")).toBe("facts cite it");
  });
});

describe("countNoun", () => {
  it.each<[number, string]>([
    [0, "0 sources"],
    [1, "1 source"],
    [2, "2 sources"],
    [1234, "1,234 sources"],
  ])("%d → %s", (count, expected) => {
    expect(countNoun(count, "source", "sources")).toBe(expected);
  });
});
