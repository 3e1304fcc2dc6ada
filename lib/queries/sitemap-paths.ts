import { NAV_LINKS } from "../site";
import type { DatasetIndex } from "./dataset-index";
import { latestCorrectionDate, type RecordKind } from "./record-updated";

/** URLs in one sitemap file: well under the protocol's 50,000, so each file stays a few hundred kB. */
export const SITEMAP_SIZE = 10_000;

/** One sitemap URL: a site-relative path, and the day it last changed where we know it (a correction). */
export type SitemapPath = { path: string; lastModified?: string };

type SitemapIndex = Pick<DatasetIndex, "dataset" | "corrections">;

/** The permalink kinds with a page of their own, in sitemap order. */
const PERMALINK_KINDS: { base: string; kind: RecordKind; ids: (index: SitemapIndex) => readonly { id: string }[] }[] = [
  { base: "/events", kind: "event", ids: (index) => index.dataset.events },
  { base: "/proposals", kind: "proposal", ids: (index) => index.dataset.proposals },
  { base: "/actors", kind: "actor", ids: (index) => index.dataset.actors },
  { base: "/sources", kind: "article", ids: (index) => index.dataset.articles },
];

/** How many permalinks there are: the fixed pages plus one per record with a page. */
function permalinkCount(index: SitemapIndex): number {
  return 1 + NAV_LINKS.length + PERMALINK_KINDS.reduce((sum, { ids }) => sum + ids(index).length, 0);
}

/** How many sitemap files the site needs (at least one). */
export function sitemapCount(index: SitemapIndex): number {
  return Math.max(1, Math.ceil(permalinkCount(index) / SITEMAP_SIZE));
}

/**
 * The permalinks in sitemap file `n` (0-based): the home page and the section pages, then every event,
 * proposal, actor and source page. Statements and figures have no page of their own (their permalinks
 * open a timeline page), so they are reached through those. Only file `n`'s slice is built.
 */
export function sitemapPaths(index: SitemapIndex, n: number): SitemapPath[] {
  const start = n * SITEMAP_SIZE;
  const end = start + SITEMAP_SIZE;
  const paths: SitemapPath[] = [];
  let position = 0;
  const take = (make: () => SitemapPath) => {
    if (position >= start && position < end) paths.push(make());
    position += 1;
  };
  for (const href of ["/", ...NAV_LINKS.map((link) => link.href)]) take(() => ({ path: href }));
  for (const { base, kind, ids } of PERMALINK_KINDS) {
    const records = ids(index);
    // Skip whole kinds before the slice without visiting their records.
    if (position + records.length <= start || position >= end) {
      position += records.length;
      continue;
    }
    for (const { id } of records) {
      take(() => {
        const lastModified = latestCorrectionDate(index, kind, id);
        return { path: `${base}/${id}`, ...(lastModified ? { lastModified } : {}) };
      });
    }
  }
  return paths;
}
