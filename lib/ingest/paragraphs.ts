import { spanOf, type TextSpan } from "./text-span";

/** A paragraph of the article body, numbered from 0 in reading order. */
export type Paragraph = TextSpan & { index: number };

// A line that ends like this closes its paragraph even without a blank line after it.
const ENDS_PARAGRAPH = /[.!?:;…)\]"”’'»}*]\s*$/;

/**
 * Splits an article into paragraphs. Pasted news text marks paragraphs either with blank lines or with
 * one line each; a line break inside a sentence (hard-wrapped text: no closing punctuation, next line
 * starting in lower case) is not a paragraph break. Headlines and standfirsts stay paragraphs of their own.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const lines: TextSpan[] = [];
  const linePattern = /[^\n]+/g;
  for (let match = linePattern.exec(body); match; match = linePattern.exec(body)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    lines.push(spanOf(body, match.index + lead, match.index + lead + trimmed.length));
  }
  const paragraphs: Paragraph[] = [];
  let current: TextSpan | undefined;
  for (const line of lines) {
    const between = current ? body.slice(current.end, line.start) : "";
    const isWrapped =
      current !== undefined && !/\n\s*\n/.test(between) && !ENDS_PARAGRAPH.test(current.text) && /^[a-z]/.test(line.text);
    if (current && isWrapped) {
      current = spanOf(body, current.start, line.end);
      continue;
    }
    if (current) paragraphs.push({ ...current, index: paragraphs.length });
    current = line;
  }
  if (current) paragraphs.push({ ...current, index: paragraphs.length });
  return paragraphs;
}
