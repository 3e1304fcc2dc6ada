import { describe, expect, it } from "vitest";
import { countWords, listWords } from "@/lib/format/count-words";

describe("countWords", () => {
  it.each<[number, string]>([
    [0, "0 events"],
    [1, "1 event"],
    [2, "2 events"],
  ])("%i → %s", (count, expected) => {
    expect(countWords(count, "event", "events")).toBe(expected);
  });
});

describe("listWords", () => {
  it.each<[string[], string]>([
    [[], ""],
    [["2 events"], "2 events"],
    [["2 events", "1 statement"], "2 events and 1 statement"],
    [["2 events", "1 statement", "3 reported figures"], "2 events, 1 statement and 3 reported figures"],
  ])("%j → %s", (words, expected) => {
    expect(listWords(words)).toBe(expected);
  });
});
