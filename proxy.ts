import { NextResponse, type NextRequest } from "next/server";
import { timelineViewKey } from "@/lib/params/timeline-view-key";

/** Where a request for a path no page answers goes, so the site's own 404 page (status 404) is shown. */
const NOT_FOUND_PATH = "/_no-such-page";

/** Marks the request proxy.ts hands on to a cached timeline view. */
const VIA_TIMELINE = "x-timeline-view";

/**
 * Serve `pathname` in place of the request. Next.js serves it within the same server when the URL's
 * origin is the one it listens on; under `next start -H <host>` it is not (vercel/next.js builds the
 * proxy's `request.url` with "localhost" whatever -H says), and Next.js fetches the address over HTTP
 * instead, running this proxy a second time: `headers` (the timeline's marker) reach that second pass.
 */
function rewrite(request: NextRequest, pathname: string, headers?: Headers) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = "";
  return NextResponse.rewrite(url, headers ? { request: { headers } } : undefined);
}

/** The request's headers plus the marker that lets a rewritten timeline request reach its cached view. */
function markedAsTimeline(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  headers.set(VIA_TIMELINE, "1");
  return headers;
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  // A path segment with broken percent-encoding (e.g. `/events/%ED%A0%80`) makes Next.js fail to decode
  // the route parameter and answer 500. Answer such addresses with a plain 400 before routing instead.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Bad request: the address contains malformed percent-encoding.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // Each distinct timeline view is rendered once and then served from the page cache (see
  // app/timeline-view/[key]/page.tsx); the address in the browser stays /timeline?….
  if (pathname === "/timeline") return rewrite(request, `/timeline-view/${timelineViewKey(searchParams)}`, markedAsTimeline(request));
  // The cached views are reached only through /timeline.
  if (pathname.startsWith("/timeline-view") && request.headers.get(VIA_TIMELINE) !== "1") return rewrite(request, NOT_FOUND_PATH);
  return NextResponse.next();
}

// The routes with an id in the path decode a segment; the timeline is rewritten to its cached views.
export const config = {
  matcher: ["/events/:path*", "/actors/:path*", "/sources/:path*", "/proposals/:path*", "/timeline", "/timeline-view/:path*"],
};
