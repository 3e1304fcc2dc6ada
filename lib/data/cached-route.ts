import { viewKey } from "../params/view-key";

/** Parameters Next.js adds to its own requests; they never change the page. */
const INTERNAL_PARAMS = ["_rsc"];

/**
 * How a request for a page whose content depends on its query string is answered:
 * - `view`: the address is the canonical one for its view; serve that view's cached page (`key`).
 * - `redirect`: another spelling of a view (parameter order or case, a default spelled out, a blank or
 *   unknown parameter); answer 308 with the canonical address, so each view has one URL and one cache
 *   slot, and crafted query strings cannot fill the cache.
 * - `render`: a value could not be used (an unknown id, an impossible date…); render the page with
 *   notices saying so, per request and never cached.
 */
export type CachedRoute = { kind: "view"; key: string } | { kind: "redirect"; location: string } | { kind: "render" };

/**
 * Routes a request given the page's canonicalisation: `canonicalQuery` turns a query into the canonical
 * query string of the view it asks for, or undefined when one of its values could not be used.
 */
export function routeByCanonicalQuery(path: string, requestSearch: URLSearchParams, canonicalQuery: (search: URLSearchParams) => string | undefined): CachedRoute {
  const search = new URLSearchParams(requestSearch);
  for (const name of INTERNAL_PARAMS) search.delete(name);
  const canonical = canonicalQuery(search);
  if (canonical === undefined) return { kind: "render" };
  if (canonical !== search.toString()) return { kind: "redirect", location: `${path}${canonical ? `?${canonical}` : ""}` };
  return { kind: "view", key: viewKey(new URLSearchParams(canonical)) };
}
