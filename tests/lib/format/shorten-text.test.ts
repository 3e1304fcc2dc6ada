import { describe, expect, it } from "vitest";
import { shortenText } from "@/lib/format/shorten-text";

describe("shortenText", () => {
  it.each([
    ["short text is kept", "Talks resumed in Doha.", 50, "Talks resumed in Doha."],
    ["white space is flattened", "Talks\n  resumed", 50, "Talks resumed"],
    ["long text is cut at a word break, trailing punctuation dropped", "Talks resumed in Doha, with mediators present.", 25, "Talks resumed in Doha…"],
    ["one very long word is cut hard", "a".repeat(30), 10, `${"a".repeat(9)}…`],
  ])("%s", (_label, text, limit, expected) => {
    const result = shortenText(text, limit);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(limit);
  });
});
