import { describe, expect, it } from "vitest";
import { normaliseForMatch, normaliseWithOffsets } from "@/lib/text/normalise-text";

describe("normaliseWithOffsets", () => {
  it.each([
    ["plain", "talks are ongoing"],
    ["curly quotes", "talks are “ongoing” and ‘fragile’"],
    ["runs of white space and newlines", "one  two\n\nthree\tfour"],
    ["leading and trailing space", "  padded text \n"],
    ["non-breaking spaces", "57,000\u00A0deaths\u202Freported"],
    ["empty", ""],
    ["only space", " \n "],
  ])("%s: folds exactly like normaliseForMatch", (_label, text) => {
    expect(normaliseWithOffsets(text).normalised).toBe(normaliseForMatch(text));
  });

  it("maps every folded character back to where it came from", () => {
    const text = "  Qatar said “talks\n\nare  ongoing”.";
    const { normalised, offsets } = normaliseWithOffsets(text);
    expect(offsets).toHaveLength(normalised.length);
    normalised.split("").forEach((char, i) => {
      const original = text[offsets[i]!]!;
      if (char === " ") expect(original).toMatch(/\s/);
      else expect(normaliseForMatch(original)).toBe(char);
    });
    // The folded quote `"talks are` starts at the curly quote in the original.
    expect(offsets[normalised.indexOf('"talks')]).toBe(text.indexOf("“"));
  });
});
