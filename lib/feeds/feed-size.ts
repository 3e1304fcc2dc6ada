import { countNoun } from "../format/words";
import { TIMELINE_PAGE_SIZE } from "../queries/paginate";

/** Entries in a feed: one timeline page, so a view's feed and its first page hold the same entries. */
export const FEED_SIZE = TIMELINE_PAGE_SIZE;

/** "The latest 100 of 312 entries, newest first." */
export function entryFeedSubtitle(shown: number, total: number): string {
  return shown < total
    ? `The latest ${shown} of ${countNoun(total, "entry", "entries")}, newest first.`
    : `${total === 0 ? "No entries yet" : `All ${countNoun(total, "entry", "entries")}`}, newest first.`;
}
