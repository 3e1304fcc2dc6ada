/** Average width of a character of the chart's sans-serif text, as a share of its font size. */
const CHAR_SHARE = 0.56;

/** Lines of at most `maxWidth` units at `fontSize`, broken between words; at most `maxLines`, the last cut with "…". */
export function wrapWords(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const maxChars = Math.max(4, Math.floor(maxWidth / (fontSize * CHAR_SHARE)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const end = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${end.length >= maxChars ? end.slice(0, maxChars - 1) : end}…`;
  return kept;
}

/**
 * Tops for label blocks of given heights, each as near as it can be to having its `anchor` at `offset`
 * below its top, none overlapping (`gap` between), all inside [top, bottom] where they fit.
 */
export function stackLabels(
  items: readonly { id: string; anchor: number; height: number; offset: number }[],
  bounds: { top: number; bottom: number },
  gap = 4,
): Map<string, number> {
  const ordered = [...items].sort((a, b) => a.anchor - b.anchor || a.id.localeCompare(b.id));
  const tops = ordered.map((item) => item.anchor - item.offset);
  // Downwards: each block starts below the one above it, and inside the top bound.
  ordered.forEach((item, i) => {
    const floor = i === 0 ? bounds.top : tops[i - 1]! + ordered[i - 1]!.height + gap;
    tops[i] = Math.max(tops[i]!, floor);
  });
  // Upwards: blocks pushed past the bottom move back up, pushing those above them.
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const ceiling = i === ordered.length - 1 ? bounds.bottom : tops[i + 1]! - gap;
    tops[i] = Math.min(tops[i]!, ceiling - ordered[i]!.height);
  }
  return new Map(ordered.map((item, i) => [item.id, tops[i]!]));
}
