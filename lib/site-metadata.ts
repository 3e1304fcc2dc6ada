import type { Metadata } from "next";
import { feedFormats, type FeedLink } from "./feeds/feed-model";
import { shortenText } from "./format/shorten-text";
import { SITE_NAME } from "./site";

export type PageMetadataInput = {
  title: string;
  description: string;
  /** Path of the page, e.g. `/events/2025-03-02-phase-one-collapse`; resolved against `metadataBase`. */
  path: string;
  type?: "website" | "article" | "profile";
  /**
   * Address a shared link should open when it differs from the canonical page, e.g. a filtered timeline
   * view (`/timeline?actor=qatar`) whose canonical page is `/timeline`. Defaults to `path`.
   */
  shareUrl?: string;
  /** The page's feed: linked in the head (`<link rel="alternate">`) in both formats. */
  feed?: FeedLink;
};

/**
 * Title, description, canonical URL and Open Graph / Twitter tags for a page. Open Graph is set in full
 * here because Next.js replaces, rather than merges, the layout's `openGraph` when a page sets its own.
 */
export function pageMetadata({ title, description, path, type = "website", shareUrl = path, feed }: PageMetadataInput): Metadata {
  const short = shortenText(description);
  const types = feed ? Object.fromEntries(feedFormats(feed).map(({ type, href, label }) => [type, [{ url: href, title: `${feed.title} (${label})` }]])) : undefined;
  return {
    title,
    description: short,
    alternates: { canonical: path, ...(types ? { types } : {}) },
    openGraph: { title, description: short, url: shareUrl, siteName: SITE_NAME, type, locale: "en_GB" },
    twitter: { card: "summary", title, description: short },
  };
}
