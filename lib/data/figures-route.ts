import { figureViewQuery, parseFigureView } from "../params/figure-window";
import { toSearchParams } from "../params/search-params";
import { routeByCanonicalQuery, type CachedRoute } from "./cached-route";

/**
 * The canonical query string for a `/figures` request (`from`, `to`, or `window`), or undefined when a
 * value could not be used. The window is kept as asked (`window=12m`), not resolved to dates, so its
 * address says what the reader chose; the dates it stands for need no data here.
 */
export function canonicalFiguresQuery(search: URLSearchParams): string | undefined {
  const view = parseFigureView(toSearchParams(search), undefined);
  return view.notices.length > 0 ? undefined : figureViewQuery(view).replace(/^\?/, "");
}

/** `path` is the page answering: the figures, or their embed (`/embed/figures`), which takes the same parameters. */
export function routeFigures(search: URLSearchParams, path = "/figures"): CachedRoute {
  return routeByCanonicalQuery(path, search, canonicalFiguresQuery);
}
