import { shortenText } from "../format/shorten-text";
import type { TimelineEntry } from "../schema/timeline-entry";

/** Longest stretch of a statement's words a headline carries. */
const HEADLINE_WORDS = 100;

/**
 * An entry's title where it must stand alone (a feed item, a citation): a statement's title is only its
 * speaker, so the words said (or our summary of them, for reported speech) follow it.
 */
export function entryHeadline(entry: Pick<TimelineEntry, "kind" | "title" | "quotation" | "summary">): string {
  if (entry.kind !== "statement") return entry.title;
  const said = entry.quotation ? `“${shortenText(entry.quotation, HEADLINE_WORDS)}”` : shortenText(entry.summary, HEADLINE_WORDS);
  return `${entry.title}: ${said}`;
}
