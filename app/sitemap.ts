import type { MetadataRoute } from "next";
import { getSitemapCount, getSitemapPaths } from "@/lib/data/sitemap";
import { requestOrigin } from "./request-origin";

// Absolute URLs on the request's origin unless SITE_URL is set, so built per request; each file holds
// at most SITEMAP_SIZE URLs and only its own slice is built.
export const dynamic = "force-dynamic";

/** `/sitemap/<n>.xml`, one per SITEMAP_SIZE permalinks; robots.txt lists them all. */
export function generateSitemaps() {
  return Array.from({ length: getSitemapCount() }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const n = Number(await id);
  const origin = await requestOrigin();
  return getSitemapPaths(Number.isInteger(n) && n >= 0 ? n : 0).map(({ path, lastModified }) => ({
    url: `${origin}${path}`,
    ...(lastModified ? { lastModified } : {}),
  }));
}
