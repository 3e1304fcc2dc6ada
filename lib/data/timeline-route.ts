import type { SearchParams } from "../params/search-params";
import { timelineQuery, TIMELINE_PATH } from "../params/timeline-href";
import { isTimelineParam } from "../params/timeline-params";
import { timelineViewKey } from "../params/timeline-view-key";
import type { DatasetIndex } from "../queries/dataset-index";
import { timelinePageModel } from "../queries/timeline-page-model";

/** Parameters Next.js adds to its own requests; they never change the page. */
const INTERNAL_PARAMS = ["_rsc"];

/**
 * How a `/timeline` request is answered:
 * - `view`: the address is the canonical one for its view; serve that view's cached page.
 * - `redirect`: another spelling of a view (parameter order or case, `page` for `p`, a default spelled
 *   out, a blank or unknown parameter); answer 308 with the canonical address, so each view has one URL
 *   and one cache slot, and crafted query strings cannot fill the cache.
 * - `render`: a value could not be used (an unknown actor, an impossible date, a page past the last…);
 *   render the page with notices saying so, per request and never cached.
 */
export type TimelineRoute = { kind: "view"; key: string; query: string } | { kind: "redirect"; location: string } | { kind: "render" };

/** Next.js hands pages repeated parameters as lists; the parser expects the same. */
export function toSearchParams(search: URLSearchParams): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of search) {
    const previous = params[name];
    params[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return params;
}

/** The canonical query string for a request's parameters, or undefined when a value could not be used. */
export function canonicalTimelineQuery(search: URLSearchParams, index: Parameters<typeof timelinePageModel>[0]): string | undefined {
  const model = timelinePageModel(index, toSearchParams(search));
  // Notices about unknown parameter names are not kept: the canonical address leaves those out.
  if (model.notices.some((notice) => isTimelineParam(notice.param))) return undefined;
  // `entry` opens the page holding it, so it stands for the page; otherwise the page shown is the one asked for.
  return timelineQuery({ ...model.view, page: model.slice.page });
}

export function routeTimeline(requestSearch: URLSearchParams, index: Pick<DatasetIndex, "actors" | "timeline" | "positions" | "postings" | "text">): TimelineRoute {
  const search = new URLSearchParams(requestSearch);
  for (const name of INTERNAL_PARAMS) search.delete(name);
  const canonical = canonicalTimelineQuery(search, index);
  if (canonical === undefined) return { kind: "render" };
  if (canonical !== search.toString()) return { kind: "redirect", location: `${TIMELINE_PATH}${canonical ? `?${canonical}` : ""}` };
  return { kind: "view", key: timelineViewKey(new URLSearchParams(canonical)), query: canonical };
}
