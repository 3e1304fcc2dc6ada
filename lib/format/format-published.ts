import type { ArticleFrontMatter } from "../schema/article";
import { formatDaySpan, formatFactDate, formatShortDate } from "./format-date";

type Published = Pick<ArticleFrontMatter, "published" | "publishedLatest">;

/** Whether `last` is the day after `first` (calendar days, UTC). */
function isNextDay(first: string, last: string): boolean {
  return Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`) === 86_400_000;
}

/**
 * An article's publication date as the text allows it: "25 June 2025", or where it may be one of two days
 * "25 or 26 June 2025"; a longer span reads "Between 24 and 27 June 2025". `isShort` gives the compact
 * month ("25 or 26 Jun 2025") for citations.
 */
export function formatPublished({ published, publishedLatest }: Published, { isShort = false } = {}): string {
  if (!publishedLatest) return isShort ? formatShortDate(published) : formatFactDate({ date: published, precision: "day" });
  return isNextDay(published, publishedLatest)
    ? formatDaySpan(published, publishedLatest, "or", { isShort })
    : `Between ${formatDaySpan(published, publishedLatest, "and", { isShort })}`;
}
