/** Site-wide constants shared by metadata, header and footer. */
export const SITE_NAME = "Ceasefire Tracker";
export const SITE_DESCRIPTION =
  "The Gaza ceasefire and hostage negotiations — Israel, Hamas and the mediators Qatar, Egypt and the United States — traced event by event to verbatim quotes from the source articles.";

/**
 * The site's public origin (e.g. `https://tracker.example.org`), from SITE_URL when the site is built:
 * canonical links and `og:url` are absolute on it. Unset, they stay relative to wherever the pages are
 * served, which is right on any host and port (a guessed `http://localhost:3000` would be wrong on most).
 */
export const SITE_URL: URL | undefined = siteUrl(process.env.SITE_URL);

function siteUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://tracker.example.org; got "${value}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL must use http or https; got "${value}".`);
  return url;
}

export const NAV_LINKS = [
  { href: "/timeline", label: "Timeline" },
  { href: "/proposals", label: "Proposals" },
  { href: "/figures", label: "Figures" },
  { href: "/actors", label: "Actors" },
  { href: "/sources", label: "Sources" },
] as const;

/** A Host header that is a plain host name or IP address, with an optional port: nothing else reaches a body. */
const PLAIN_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/**
 * The origin absolute links (feed ids, citations, robots.txt, sitemaps) are made on: SITE_URL's when set
 * (a deployment behind a CDN sets it), else the request's Host, which is right on any host and port.
 * Route handlers cannot use `request.url` for this: Next.js builds it on "localhost" whatever the Host.
 */
export function siteOrigin(headers: Pick<Headers, "get">): string {
  if (SITE_URL) return SITE_URL.origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return PLAIN_HOST.test(host) ? `${proto}://${host}` : "http://localhost";
}
