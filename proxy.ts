import { NextResponse, type NextRequest } from "next/server";
import { sharedIndex } from "@/lib/data/shared-index";
import type { CachedRoute } from "@/lib/data/cached-route";
import { routeCorrections } from "@/lib/data/corrections-route";
import { routeFigures } from "@/lib/data/figures-route";
import { routeProposals } from "@/lib/data/proposals-route";
import { routeTimeline } from "@/lib/data/timeline-route";
import { recordKey } from "@/lib/queries/correction-index";

/**
 * Pages whose content depends on their query string. Each canonical view is served from its own cached
 * page at `<path>-view/<key>`; other spellings redirect to the canonical address; views with values that
 * cannot be used render per request at `<path>` itself, with notices.
 */
const CACHED_PAGES: Record<string, (search: URLSearchParams) => CachedRoute> = {
  "/timeline": (search) => routeTimeline(search, sharedIndex()),
  "/proposals": (search) => routeProposals(search, sharedIndex()),
  "/figures": (search) => routeFigures(search),
  "/corrections": (search) => routeCorrections(search, sharedIndex().corrections),
  // Embeds take the same parameters as their pages, canonicalised the same way, with views of their own.
  "/embed/timeline": (search) => routeTimeline(search, sharedIndex(), "/embed/timeline"),
  "/embed/figures": (search) => routeFigures(search, "/embed/figures"),
};
const CACHED_VIEW = /^(\/embed)?\/(timeline|proposals|figures|corrections)-view(\/|$)/;
/** Where a request for a path no page answers goes, so the site's own 404 page (status 404) is shown. */
const NOT_FOUND_PATH = "/_no-such-page";

/**
 * Marks a request this proxy handed on to a cached view. Next.js normally serves a rewrite within the
 * server, but under `next start -H <host>` it fetches it over HTTP and the request comes back through
 * here (it builds `request.url` with "localhost" whatever -H says); the header lets that second pass
 * through. Its value is made afresh by each server process, so a client cannot set it.
 */
const MARKER = "x-timeline-view";
const SECRET_SLOT = Symbol.for("ceasefire-tracker.proxy-secret");
const secret: string = ((globalThis as { [SECRET_SLOT]?: string })[SECRET_SLOT] ??= crypto.randomUUID());

/** Permalink pages: `/<kind>/<id>`, nothing after the id, and the embed of an event, `/embed/events/<id>`. */
const PERMALINK = /^(?:\/embed)?\/(events|actors|sources|proposals)\/([^/]+)\/?$/;
type PermalinkKind = "events" | "actors" | "sources" | "proposals";

const RECORD_KINDS = { events: "event", actors: "actor", sources: "article", proposals: "proposal" } as const;

/** A record in the data, or one a correction merged or removed (its permalink shows a notice). */
function hasRecord(kind: PermalinkKind, id: string): boolean {
  const index = sharedIndex();
  const records = { events: index.events, actors: index.actors, sources: index.articles, proposals: index.proposals }[kind];
  return records.has(id) || index.corrections.retired.has(recordKey(RECORD_KINDS[kind], id));
}

/** 308: the view has moved for good to its canonical address (browsers keep the fragment). */
function redirect(request: NextRequest, location: string) {
  return NextResponse.redirect(new URL(location, request.nextUrl.origin), 308);
}

/** Serve the cached page of a canonical view in place of the request; the browser keeps its address. */
function serveView(request: NextRequest, path: string, key: string) {
  const headers = new Headers(request.headers);
  headers.set(MARKER, secret);
  return rewrite(request, `${path}-view/${key}`, headers);
}

function rewrite(request: NextRequest, pathname: string, headers?: Headers) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = "";
  return NextResponse.rewrite(url, headers ? { request: { headers } } : undefined);
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

  // An id the data does not hold is a 404 from the site's prebuilt not-found page. Left to the route, a
  // page not built ahead answers 404 with a body only scripts fill in (vercel/next.js#95613), and each
  // such id would also take a slot in the page cache.
  const permalink = PERMALINK.exec(pathname);
  if (permalink && !hasRecord(permalink[1] as PermalinkKind, decodeURIComponent(permalink[2]!))) return rewrite(request, NOT_FOUND_PATH);

  // Each view has one canonical address and one cached page; other spellings redirect to it, and views
  // with unusable values render per request with notices.
  const routeOf = CACHED_PAGES[pathname];
  if (routeOf) {
    const route = routeOf(searchParams);
    if (route.kind === "redirect") return redirect(request, route.location);
    if (route.kind === "view") return serveView(request, pathname, route.key);
    return NextResponse.next();
  }

  // The cached views are reached only through their pages, so no other address can add pages to the cache.
  if (CACHED_VIEW.test(pathname)) {
    return request.headers.get(MARKER) === secret ? NextResponse.next() : rewrite(request, NOT_FOUND_PATH);
  }
  return NextResponse.next();
}

// The routes with an id in the path (decoded and checked), the API, the pages served as cached views, the
// embeds, the share cards and the citation downloads. Feeds (`/timeline/feed.atom`, `/actors/<id>/feed.json`…)
// pass through untouched: they take the page's parameters as they are and say what they ignored, so they are
// neither redirected nor cached as views.
export const config = {
  matcher: ["/api/v1/:path*", "/cite/:path*", "/events/:path*", "/actors/:path*", "/sources/:path*", "/proposals/:path*", "/proposals-view/:path*", "/timeline", "/timeline-view/:path*", "/figures", "/figures-view/:path*", "/corrections", "/corrections-view/:path*", "/embed/:path*", "/cards/:path*"],
};
