// The ONE list of routes that the hardening checks visit: axe (accessibility.spec.ts), fuzzing
// (fuzz.spec.ts), security headers (security-headers.spec.ts), `npm run bench` and `npm run lighthouse`.
//
// `implemented` says whether the route must exist in this build. A route flagged `false` that answers
// 404 is skipped with a printed note instead of failing; one that answers is checked anyway (with a note
// asking to flip the flag). When a page lands on main, set its flag to `true`: from then on a 404 fails.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "../lib/data/data-dir";

export type RouteKind = "page" | "api";

export type SampleIds = { event: string; actor: string; source: string; proposal: string };

export type RouteSpec = {
  /** Short stable name used in test titles and reports. */
  id: string;
  label: string;
  kind: RouteKind;
  path: (ids: SampleIds) => string;
  /** Flip to true once the route is merged; see the note at the top of this file. */
  implemented: boolean;
  /** HTTP status the route answers with when it works (the not-found page answers 404). */
  expectStatus: 200 | 404;
  /** Run by `npm run lighthouse` (home, timeline, an event, proposals, figures per issue 6). */
  lighthouse?: boolean;
  /** Pages with charts: their JavaScript budget adds any recharts chunk they load (none since issue 14 drew /figures as server SVG). */
  charts?: boolean;
  /** Made to be framed by other sites (`/embed/*`): `frame-ancestors *` and no X-Frame-Options. */
  framable?: boolean;
};

export const HARDENING_ROUTES: readonly RouteSpec[] = [
  { id: "home", label: "Home", kind: "page", path: () => "/", implemented: true, expectStatus: 200, lighthouse: true },
  { id: "timeline", label: "Timeline", kind: "page", path: () => "/timeline", implemented: true, expectStatus: 200, lighthouse: true },
  { id: "event", label: "Event page", kind: "page", path: (ids) => `/events/${ids.event}`, implemented: true, expectStatus: 200, lighthouse: true },
  { id: "actors", label: "Actors", kind: "page", path: () => "/actors", implemented: true, expectStatus: 200 },
  { id: "actor", label: "Actor page", kind: "page", path: (ids) => `/actors/${ids.actor}`, implemented: true, expectStatus: 200 },
  { id: "sources", label: "Sources", kind: "page", path: () => "/sources", implemented: true, expectStatus: 200 },
  { id: "source", label: "Source page", kind: "page", path: (ids) => `/sources/${ids.source}`, implemented: true, expectStatus: 200 },
  { id: "proposals", label: "Proposals", kind: "page", path: () => "/proposals", implemented: true, expectStatus: 200, lighthouse: true },
  { id: "proposal", label: "Proposal page", kind: "page", path: (ids) => `/proposals/${ids.proposal}`, implemented: true, expectStatus: 200 },
  { id: "figures", label: "Figures", kind: "page", path: () => "/figures", implemented: true, expectStatus: 200, lighthouse: true, charts: true },
  { id: "corrections", label: "Corrections", kind: "page", path: () => "/corrections", implemented: true, expectStatus: 200 },
  { id: "corrections-page-2", label: "Corrections, page 2", kind: "page", path: () => "/corrections?p=2", implemented: true, expectStatus: 200 },
  { id: "embed-timeline", label: "Timeline embed", kind: "page", path: () => "/embed/timeline", implemented: true, expectStatus: 200, framable: true },
  { id: "embed-event", label: "Event embed", kind: "page", path: (ids) => `/embed/events/${ids.event}`, implemented: true, expectStatus: 200, framable: true },
  { id: "embed-figures", label: "Figures embed", kind: "page", path: () => "/embed/figures", implemented: true, expectStatus: 200, framable: true },
  { id: "not-found", label: "Not-found page", kind: "page", path: () => "/no-such-page", implemented: true, expectStatus: 404 },
  { id: "api-dataset", label: "GET /api/dataset", kind: "api", path: () => "/api/dataset", implemented: true, expectStatus: 200 },
  { id: "api-figures-csv", label: "GET /api/figures.csv", kind: "api", path: () => "/api/figures.csv", implemented: true, expectStatus: 200 },
  // API v1 answers any parameter it cannot use with 400 (JSON naming the parameter), which the fuzz test
  // accepts like 200 and 404; the bare addresses below answer 200.
  { id: "card-event", label: "Share card of an event", kind: "api", path: (ids) => `/cards/events/${ids.event}`, implemented: true, expectStatus: 200 },
  { id: "card-timeline", label: "Share card of the timeline", kind: "api", path: () => "/cards/pages/timeline", implemented: true, expectStatus: 200 },
  { id: "api-v1-entries", label: "GET /api/v1/entries", kind: "api", path: () => "/api/v1/entries", implemented: true, expectStatus: 200 },
  { id: "api-v1-events", label: "GET /api/v1/events", kind: "api", path: () => "/api/v1/events", implemented: true, expectStatus: 200 },
  { id: "api-v1-event", label: "GET /api/v1/events/<id>", kind: "api", path: (ids) => `/api/v1/events/${ids.event}`, implemented: true, expectStatus: 200 },
  { id: "api-v1-article", label: "GET /api/v1/articles/<id>", kind: "api", path: (ids) => `/api/v1/articles/${ids.source}`, implemented: true, expectStatus: 200 },
  // Feeds and citation files answer any query string they cannot use with 200 (a feed names what it
  // ignored in its subtitle, as the page does); they are data answers, so "api" here.
  { id: "feed-timeline-atom", label: "Timeline Atom feed", kind: "api", path: () => "/timeline/feed.atom", implemented: true, expectStatus: 200 },
  { id: "feed-timeline-json", label: "Timeline JSON Feed", kind: "api", path: () => "/timeline/feed.json?type=statement", implemented: true, expectStatus: 200 },
  { id: "feed-actor", label: "Actor Atom feed", kind: "api", path: (ids) => `/actors/${ids.actor}/feed.atom`, implemented: true, expectStatus: 200 },
  { id: "feed-proposal", label: "Proposal JSON Feed", kind: "api", path: (ids) => `/proposals/${ids.proposal}/feed.json`, implemented: true, expectStatus: 200 },
  { id: "feed-corrections", label: "Corrections Atom feed", kind: "api", path: () => "/corrections/feed.atom", implemented: true, expectStatus: 200 },
  { id: "cite-event-bib", label: "Event citation (BibTeX)", kind: "api", path: (ids) => `/cite/events/${ids.event}.bib`, implemented: true, expectStatus: 200 },
  { id: "cite-source-csl", label: "Source citation (CSL-JSON)", kind: "api", path: (ids) => `/cite/sources/${ids.source}.json`, implemented: true, expectStatus: 200 },
];

const IdListSchema = z.array(z.object({ id: z.string().min(1) })).min(1);

function firstId(dir: string, file: string): string {
  const records = IdListSchema.parse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  return records[0]!.id;
}

function firstArticleId(dir: string): string {
  // Sorted by id, not file name, so "a-2025" comes before its copy "a-2025-x2" in generated data.
  const first = readdirSync(path.join(dir, "articles"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -".md".length))
    .sort()[0];
  if (!first) throw new Error(`no articles in ${path.join(dir, "articles")}`);
  return first;
}

/**
 * One real id of each kind, read at run time from the data the server was built from (DATA_DIR or
 * data/): the first record of events.json, actors.json, proposals.json and the first article file.
 */
export function sampleIds(dir: string = dataDir()): SampleIds {
  return {
    event: firstId(dir, "events.json"),
    actor: firstId(dir, "actors.json"),
    proposal: firstId(dir, "proposals.json"),
    source: firstArticleId(dir),
  };
}

export type ResolvedRoute = Omit<RouteSpec, "path"> & { path: string };

/** The list with sample ids filled in. */
export function resolveRoutes(ids: SampleIds = sampleIds(), routes: readonly RouteSpec[] = HARDENING_ROUTES): ResolvedRoute[] {
  return routes.map((route) => ({ ...route, path: route.path(ids) }));
}

export type RouteAvailability = { run: boolean; note?: string };

/**
 * Whether to check a route given the status it answered a probe with. Only a route flagged as not yet
 * implemented may be skipped, and only when it really is missing (404 where it should not be).
 */
export function routeAvailability(route: ResolvedRoute, status: number): RouteAvailability {
  const missing = status === 404 && route.expectStatus !== 404;
  if (!route.implemented && missing) {
    return {
      run: false,
      note: `skipped ${route.path} (${route.label}): not implemented in this build yet — it answers 404 and is flagged implemented: true in scripts/site-routes.ts`,
    };
  }
  if (!route.implemented) {
    return {
      run: true,
      note: `${route.path} (${route.label}) answers ${status} but is flagged implemented: true — flip it to true in scripts/site-routes.ts`,
    };
  }
  return { run: true };
}
