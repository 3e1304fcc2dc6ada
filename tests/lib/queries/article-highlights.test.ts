import { describe, expect, it } from "vitest";
import { quoteAnchorId } from "@/lib/format/quote-anchor";
import { highlightArticle, splitParagraphs, type ArticleParagraph, type CitedQuote } from "@/lib/queries/article-highlights";

type Ref = { key: string };
const ref = (key: string): Ref => ({ key });
const cite = (quote: string, ...keys: string[]): CitedQuote<Ref> => ({ quote, citedBy: keys.map(ref) });
const highlight = (body: string, cited: CitedQuote<Ref>[]) => highlightArticle(body, cited, (r) => r.key);

/** Paragraph text with marked pieces in brackets, e.g. "Qatar said [talks are “ongoing”]." */
const show = (paragraph: ArticleParagraph) =>
  paragraph.segments.map((s) => (s.kind === "text" ? s.text : `[${s.text}]`)).join("");

describe("splitParagraphs", () => {
  it.each<[string, string, string[]]>([
    ["newline-separated lines", "One.\nTwo.\nThree.", ["One.", "Two.", "Three."]],
    ["blank-line-separated paragraphs", "One.\n\nTwo.\n\n\nThree.\n", ["One.", "Two.", "Three."]],
    ["mixed, with stray spaces and CRLF", "  One. \r\n\r\nTwo.\n \nThree.", ["One.", "Two.", "Three."]],
    ["no text", "\n\n", []],
  ])("%s", (_label, body, expected) => {
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.text)).toEqual(expected);
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("highlightArticle", () => {
  it.each<[string, string, CitedQuote<Ref>[], string[]]>([
    ["an exact quote", "Qatar said talks are ongoing. Hamas disagreed.", [cite("talks are ongoing", "e1")], ["Qatar said [talks are ongoing]. Hamas disagreed."]],
    ["straight quotes in the data, curly in the text", "Qatar said talks are “ongoing”.", [cite('talks are "ongoing"', "e1")], ["Qatar said [talks are “ongoing”]."]],
    ["curly apostrophe in the data, straight in the text", "Israel's military said so.", [cite("Israel’s military", "e1")], ["[Israel's military] said so."]],
    ["white space differs (double space, non-breaking space)", "over  57,000\u00A0deaths were reported", [cite("over 57,000 deaths", "c1")], ["[over  57,000\u00A0deaths] were reported"]],
    [
      "two quotes in one paragraph stay separate",
      "Alpha beta gamma. Delta epsilon zeta.",
      [cite("Delta epsilon", "b"), cite("Alpha beta", "a")],
      ["[Alpha beta] gamma. [Delta epsilon] zeta."],
    ],
    ["overlapping quotes merge into one passage", "one two three four five", [cite("two three", "a"), cite("three four", "b")], ["one [two three four] five"]],
    ["a quote inside another merges into it", "one two three four five", [cite("two three four", "a"), cite("three", "b")], ["one [two three four] five"]],
    [
      "repeated text: only the first copy is marked",
      "Witkoff said one issue remains.\nOther text.\nWitkoff said one issue remains.",
      [cite("one issue remains", "s1")],
      ["Witkoff said [one issue remains].", "Other text.", "Witkoff said one issue remains."],
    ],
    ["markup in the text stays as text", "He wrote <b>bold</b> & more.", [cite("<b>bold</b> &", "x")], ["He wrote [<b>bold</b> &] more."]],
  ])("%s", (_label, body, cited, expected) => {
    const result = highlight(body, cited);
    expect(result.paragraphs.map(show)).toEqual(expected);
    expect(result.unmatched).toEqual([]);
  });

  it("lists every fact citing a merged passage once, and anchors each quote where it starts", () => {
    const body = "one two three four five";
    const result = highlight(body, [cite("two three", "a", "shared"), cite("three four", "b", "shared"), cite("two  three", "c")]);
    expect(result.passages).toHaveLength(1);
    const [passage] = result.passages;
    expect(passage?.citedBy.map((r) => r.key)).toEqual(["a", "shared", "c", "b"]);
    // "two three" and "two  three" fold to one quote and share one anchor.
    expect(passage?.anchorIds).toEqual([quoteAnchorId("two three"), quoteAnchorId("three four")]);
    const mark = result.paragraphs[0]?.segments.find((s) => s.kind === "mark");
    expect(mark && mark.kind === "mark" ? mark.anchors : []).toEqual([
      { id: quoteAnchorId("two three"), offset: 0 },
      { id: quoteAnchorId("three four"), offset: "two ".length },
    ]);
  });

  it("numbers passages in reading order and tells each paragraph which passages start in it", () => {
    const body = "First para with alpha.\n\nSecond with beta and gamma.";
    const result = highlight(body, [cite("gamma", "g"), cite("alpha", "a"), cite("beta", "b")]);
    expect(result.passages.map((p) => [p.number, p.quotes])).toEqual([
      [1, ["alpha"]],
      [2, ["beta"]],
      [3, ["gamma"]],
    ]);
    expect(result.paragraphs.map((p) => p.passages)).toEqual([[1], [2, 3]]);
  });

  it("splits a quote that runs across a line break into a mark per paragraph, anchored on the first", () => {
    const result = highlight("Ends here\nstarts there.", [cite("here starts", "x")]);
    expect(result.paragraphs.map(show)).toEqual(["Ends [here]", "[starts] there."]);
    const marks = result.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === "mark"));
    expect(marks.map((m) => (m.kind === "mark" ? [m.isContinuation, m.anchors.length] : []))).toEqual([
      [false, 1],
      [true, 0],
    ]);
    expect(result.paragraphs.map((p) => p.passages)).toEqual([[1], []]);
  });

  it("reports quotes it cannot find instead of failing", () => {
    const result = highlight("Some text.", [cite("not in the text", "x"), cite("Some", "y")]);
    expect(result.unmatched).toEqual(["not in the text"]);
    expect(result.passages).toHaveLength(1);
  });

  it("flags paragraphs repeated verbatim and keeps their text", () => {
    const body = "Headline\n\nHeadline\nBody one.\nBody two.\nBody one.\nBody two.";
    const result = highlight(body, []);
    expect(result.paragraphs.map((p) => p.repeatOf)).toEqual([undefined, 0, undefined, undefined, 2, 3]);
    expect(result.paragraphs.map(show)).toEqual(["Headline", "Headline", "Body one.", "Body two.", "Body one.", "Body two."]);
  });

  it("returns the text unchanged, piece by piece", () => {
    const body = "A “quoted” line.\n\n  Another  line, with <tags> & ‘marks’.\n";
    const result = highlight(body, [cite('"quoted" line', "q"), cite("with <tags> & 'marks'", "t")]);
    const rebuilt = result.paragraphs.map((p) => p.segments.map((s) => s.text).join(""));
    expect(rebuilt).toEqual(splitParagraphs(body).map((p) => p.text));
  });
});
