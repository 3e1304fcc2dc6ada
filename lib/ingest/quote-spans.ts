import type { Paragraph } from "./paragraphs";

/** A passage in quotation marks: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export type QuoteSpan = { start: number; end: number; innerStart: number; innerEnd: number; text: string; mark: "double" | "single" };

const LETTER = /[\p{L}\p{N}]/u;

function isOpeningSingle(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && LETTER.test(after);
}

function isClosingSingle(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  // An apostrophe sits between letters (don't, Hamas's); a closing mark is followed by no letter.
  return before !== undefined && /\S/.test(before) && (after === undefined || !LETTER.test(after));
}

/**
 * Quotations in one paragraph. Double marks (curly or straight) are paired first; single marks are
 * read as quotation marks only outside them and only where they cannot be apostrophes. A double
 * quotation left open at the paragraph's end runs to the end (news style opens, and does not close,
 * a quotation that continues in the next paragraph).
 */
export function findQuoteSpans(body: string, paragraph: Paragraph): QuoteSpan[] {
  const text = paragraph.text;
  const spans: QuoteSpan[] = [];
  const add = (open: number, close: number, mark: QuoteSpan["mark"], hasCloser: boolean) => {
    const innerStart = open + 1;
    const innerEnd = close;
    const inner = text.slice(innerStart, innerEnd);
    if (inner.trim() === "") return;
    spans.push({
      start: paragraph.start + open,
      end: paragraph.start + close + (hasCloser ? 1 : 0),
      innerStart: paragraph.start + innerStart,
      innerEnd: paragraph.start + innerEnd,
      text: inner,
      mark,
    });
  };
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\u201C" || (char === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((char === "\u201D" || char === '"') && open >= 0) {
      add(open, i, "double", true);
      open = -1;
    }
  }
  if (open >= 0) add(open, text.length, "double", false);

  const insideDouble = (at: number) => spans.some((s) => s.start - paragraph.start <= at && at < s.end - paragraph.start);
  let singleOpen = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char !== "\u2018" && char !== "\u2019" && char !== "'") continue;
    if (insideDouble(i)) continue;
    if (singleOpen < 0 && (char === "\u2018" || char === "'") && isOpeningSingle(text, i)) singleOpen = i;
    else if (singleOpen >= 0 && (char === "\u2019" || char === "'") && isClosingSingle(text, i)) {
      add(singleOpen, i, "single", true);
      singleOpen = -1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
