import type { Metadata } from "next";
import { feedFormats, type FeedLink } from "./feeds/feed-model";
import { shortenText } from "./format/shorten-text";
import { CARD_SIZE } from "./share/card-path";
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
  /** Site-relative address of the page's share card image (`lib/share/card-path.ts`). */
  image?: string;
  /** The page's feed: linked in the head (`<link rel="alternate">`) in both formats. */
  feed?: FeedLink;
};

/**
 * Title, description, canonical URL and Open Graph / Twitter tags for a page. Open Graph is set in full
 * here because Next.js replaces, rather than merges, the layout's `openGraph` when a page sets its own.
 */
export function pageMetadata({ title, description, path, type = "website", shareUrl = path, image, feed }: PageMetadataInput) {
  const short = shortenText(description);
  const images = image ? [{ url: image, ...CARD_SIZE, alt: title, type: "image/png" }] : undefined;
  const types = feed ? Object.fromEntries(feedFormats(feed).map(({ type, href, label }) => [type, [{ url: href, title: `${feed.title} (${label})` }]])) : undefined;
  return {
    title,
    description: short,
    alternates: { canonical: path, ...(types ? { types } : {}) },
    openGraph: { title, description: short, url: shareUrl, siteName: SITE_NAME, type, locale: "en_GB", ...(images ? { images } : {}) },
    twitter: images ? { card: "summary_large_image" as const, title, description: short, images } : { card: "summary" as const, title, description: short },
  } satisfies Metadata;
}

/** What `pageMetadata` gives, in its exact shape: the Pages Router's head tags are written from it. */
export type PageMetadata = ReturnType<typeof pageMetadata>;
