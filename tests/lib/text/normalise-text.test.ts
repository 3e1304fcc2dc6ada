import { describe, expect, it } from "vitest";
import { containsQuote, normaliseForMatch } from "@/lib/text/normalise-text";

/** The plain definition the fast version must match: curly quotes straightened, every white-space run one space. */
function reference(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

describe("normaliseForMatch", () => {
  it.each([
    ["single spaces stay", "a b c", "a b c"],
    ["two spaces", "a  b", "a b"],
    ["spaces then newline", "a  \nb", "a b"],
    ["space newline space", "a \n b", "a b"],
    ["tab", "a\tb", "a b"],
    ["no-break, figure and narrow no-break spaces", "a\u00A0b\u2007c\u202Fd", "a b c d"],
    ["space before a no-break space", "a \u00A0b", "a b"],
    ["paragraph break", "one.\n\nTwo.", "one. Two."],
    ["CRLF", "a\r\nb", "a b"],
    ["leading and trailing white space", "  \n a \t", "a"],
    ["curly quotes", "\u201Congoing\u201D and \u2018it\u2019s\u2019", "\"ongoing\" and 'it's'"],
    ["primes", "5\u2032 9\u2033", "5' 9\""],
    ["ideographic space and line separator", "a\u3000b\u2028c", "a b c"],
    ["only white space", " \n\t ", ""],
  ])("%s", (_name, input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
    expect(normaliseForMatch(input)).toBe(reference(input));
  });

  it("matches the plain definition on random mixes of words and white space", () => {
    const pieces = ["a", "bc", " ", "  ", "\n", "\t", "\u00A0", "\u202F", "\u2007", "\r\n", "\u201C", "\u2019", "x y"];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      expect(normaliseForMatch(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it("finds a quote across differences of quote style and white space", () => {
    expect(containsQuote("Qatar said  talks are \u201Congoing\u201D.\n", 'talks are "ongoing"')).toBe(true);
    expect(containsQuote("Qatar said talks are ongoing.", "talks have ended")).toBe(false);
  });
});
