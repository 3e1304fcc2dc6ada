import type { MetadataRoute } from "next";
import { getSitemapCount } from "@/lib/data/sitemap";
import { requestOrigin } from "./request-origin";

// Per request: without SITE_URL the sitemap addresses are the request's own origin (robots.txt allows
// only absolute sitemap URLs, so a static public/robots.txt could not be right on every host).
export const dynamic = "force-dynamic";

/** `/robots.txt`: everything may be crawled; every sitemap file is listed (the list is the sitemap index). */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await requestOrigin();
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: Array.from({ length: getSitemapCount() }, (_, n) => `${origin}/sitemap/${n}.xml`),
  };
}
