import "server-only";
import { sitemapCount, sitemapPaths, type SitemapPath } from "../queries/sitemap-paths";
import { getData } from "./dataset";

/** How many sitemap files there are. */
export function getSitemapCount(): number {
  return sitemapCount(getData());
}

/** The permalinks in sitemap file `n`. */
export function getSitemapPaths(n: number): SitemapPath[] {
  return sitemapPaths(getData(), n);
}
