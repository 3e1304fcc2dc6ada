import { parseDateRange } from "../params/date-range-params";
import { rangeQuery } from "../params/range-query";
import { toSearchParams } from "../params/search-params";
import { routeByCanonicalQuery, type CachedRoute } from "./cached-route";

/** The canonical query string for a `/figures` request (`from`, `to`), or undefined when a date could not be used. */
export function canonicalFiguresQuery(search: URLSearchParams): string | undefined {
  const { range, notices } = parseDateRange(toSearchParams(search));
  return notices.length > 0 ? undefined : rangeQuery(range).replace(/^\?/, "");
}

/** `path` is the page answering: the figures, or their embed (`/embed/figures`), which takes the same parameters. */
export function routeFigures(search: URLSearchParams, path = "/figures"): CachedRoute {
  return routeByCanonicalQuery(path, search, canonicalFiguresQuery);
}
