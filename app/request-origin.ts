import { headers } from "next/headers";
import { siteOrigin } from "@/lib/site";

/** The origin robots.txt and the sitemaps write their absolute URLs on (both formats allow no relative ones). */
export async function requestOrigin(): Promise<string> {
  return siteOrigin(await headers());
}
