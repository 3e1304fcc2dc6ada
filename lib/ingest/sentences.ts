import nlp from "compromise";
import type { Paragraph } from "./paragraphs";
import { spanOf, type TextSpan } from "./text-span";

/**
 * Sentences of a paragraph, located in the article body. compromise finds the boundaries (it knows
 * abbreviations such as "U.S." and "Dr."); each sentence is then found again in the original text, so
 * offsets refer to the body exactly as received.
 */
export function splitSentences(body: string, paragraph: Paragraph): TextSpan[] {
  const texts: string[] = nlp(paragraph.text)
    .sentences()
    .out("array");
  const sentences: TextSpan[] = [];
  let cursor = paragraph.start;
  for (const text of texts) {
    const trimmed = text.trim();
    if (trimmed === "") continue;
    const found = body.indexOf(trimmed, cursor);
    // compromise may normalise a character; fall back to the rest of the paragraph rather than lose text.
    if (found < 0 || found >= paragraph.end) break;
    sentences.push(spanOf(body, found, found + trimmed.length));
    cursor = found + trimmed.length;
  }
  if (cursor < paragraph.end && body.slice(cursor, paragraph.end).trim() !== "") {
    const rest = body.slice(cursor, paragraph.end);
    const lead = rest.length - rest.trimStart().length;
    sentences.push(spanOf(body, cursor + lead, paragraph.end));
  }
  return sentences;
}

/** Joins neighbouring sentences that one span (a quotation) runs across, so a quote stays in one unit. */
export function joinAcross(body: string, sentences: readonly TextSpan[], spans: readonly { start: number; end: number }[]): TextSpan[] {
  const joined: TextSpan[] = [];
  for (const sentence of sentences) {
    const last = joined.at(-1);
    const crossing = last && spans.some((span) => span.start < last.end && span.end > last.end && span.start < sentence.end);
    if (last && crossing) joined[joined.length - 1] = spanOf(body, last.start, sentence.end);
    else joined.push(sentence);
  }
  return joined;
}
