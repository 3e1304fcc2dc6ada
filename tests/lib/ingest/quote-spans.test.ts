import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/ingest/paragraphs";
import { findQuoteSpans } from "@/lib/ingest/quote-spans";

const quotes = (body: string) => splitParagraphs(body).flatMap((p) => findQuoteSpans(body, p)).map((q) => q.text);

describe("findQuoteSpans", () => {
  it.each([
    ["curly double marks", "He said “we are close” and “nothing more”.", ["we are close", "nothing more"]],
    ["straight double marks", 'He said "we are close" today.', ["we are close"]],
    ["single marks, apostrophes left alone", "Hamas’s leader called it ‘cheap blackmail’ and didn't elaborate.", ["cheap blackmail"]],
    ["straight single marks around words", "The plan was 'dead on arrival', he said.", ["dead on arrival"]],
    ["a possessive plural is no quotation mark", "The hostages' families met the envoys' team.", []],
    ["single marks inside double marks belong to the quotation", "“They call it ‘progress’,” he said.", ["They call it ‘progress’,"]],
    ["an open quotation runs to the paragraph's end", "“We will return to the table\nNext paragraph.", ["We will return to the table"]],
  ])("%s", (_name, body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it("gives offsets inside and outside the marks", () => {
    const body = "He said “yes” then.";
    const [span] = findQuoteSpans(body, splitParagraphs(body)[0]!);
    expect(body.slice(span!.start, span!.end)).toBe("“yes”");
    expect(body.slice(span!.innerStart, span!.innerEnd)).toBe("yes");
  });
});
