import { headers } from "next/headers";
import { SITE_URL } from "@/lib/site";

/**
 * The origin robots.txt and the sitemaps write absolute URLs on (both formats allow no relative ones):
 * SITE_URL's when set, else the request's host. A host header that is not a plain host name falls back
 * to localhost rather than reaching the body.
 */
export async function requestOrigin(): Promise<string> {
  if (SITE_URL) return SITE_URL.origin;
  const list = await headers();
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "";
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `${proto}://${host}` : "http://localhost";
}
