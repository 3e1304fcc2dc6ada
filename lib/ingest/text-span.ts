/** A stretch of the article body, by character offsets (`end` exclusive), with its text. */
export type TextSpan = { start: number; end: number; text: string };

/** The span of `body` from `start` to `end`. */
export function spanOf(body: string, start: number, end: number): TextSpan {
  return { start, end, text: body.slice(start, end) };
}
