/** One item of a feed: a record, addressed by its permalink, in plain text (the writers escape it). */
export type FeedEntry = {
  /** Site-relative permalink; made absolute, it is the entry's permanent id. */
  path: string;
  title: string;
  /** Our summary of the record. */
  summary: string;
  /** A statement's verbatim words. */
  quotation?: string;
  /** "As reported by …" lines, one per source article. */
  sources: string[];
  /** Who the record names (speaker, parties, reporter). */
  authors: string[];
  /** The record's own date (YYYY-MM-DD). */
  published: string;
  /** Its latest correction's date, else `published`. */
  updated: string;
};

/** A feed in the terms both formats share; `atom-feed.ts` and `json-feed.ts` write it out. */
export type FeedModel = {
  title: string;
  /** What the feed holds, and any notice about parameters it ignored or corrected. */
  subtitle: string;
  /** The page the feed follows (`/timeline?actor=qatar`); the feed's id once absolute. */
  pagePath: string;
  /** The feed's own address without its extension (`/timeline/feed`), and its query string. */
  feedPath: string;
  query: string;
  /** The newest `updated` among the entries (or of the dataset, when there are none). */
  updated: string;
  entries: FeedEntry[];
  /** Parameters that could not be used: the feed still answers, as the page does, and says so. */
  notices: string[];
};

export type FeedFormat = "atom" | "json";

export const FEED_EXTENSIONS: Record<FeedFormat, string> = { atom: "atom", json: "json" };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** `/timeline/feed.atom?actor=qatar`: where a page's feed in one format is. */
export function feedHref(feedPath: string, query: string, format: FeedFormat): string {
  return `${feedPath}.${FEED_EXTENSIONS[format]}${query ? `?${query}` : ""}`;
}

/** The newest of some `YYYY-MM-DD` days, or `fallback` when there are none. */
export function newestDay(days: readonly string[], fallback: string): string {
  return days.reduce((newest, day) => (day > newest ? day : newest), days[0] ?? fallback);
}

/** Midnight UTC of a day, as feeds want their dates (RFC 3339). */
export function dayTimestamp(day: string): string {
  return `${day}T00:00:00Z`;
}

/** A page's feeds, as its head and its "Follow this view" links name them. */
export type FeedLink = { feedPath: string; query: string; title: string };

/** Both formats of a page's feed, each with its address and a label readers see. */
export function feedFormats(link: FeedLink): { format: FeedFormat; href: string; type: string; label: string }[] {
  return [
    { format: "atom", href: feedHref(link.feedPath, link.query, "atom"), type: "application/atom+xml", label: "Atom" },
    { format: "json", href: feedHref(link.feedPath, link.query, "json"), type: "application/feed+json", label: "JSON Feed" },
  ];
}

/** The whole timeline's feed (its latest entries), which the home page offers. */
export const TIMELINE_FEED: FeedLink = { feedPath: "/timeline/feed", query: "", title: "Timeline" };

/** The corrections feed, which `/corrections` offers. */
export const CORRECTIONS_FEED: FeedLink = { feedPath: "/corrections/feed", query: "", title: "Corrections" };
