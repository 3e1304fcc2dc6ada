import { toSearchParams, type SearchParams } from "./search-params";

/**
 * A query string as one URL path segment, so each view of a page whose content depends on its query
 * (the timeline, the proposals, the figures) can be rendered once and served from Next's page cache:
 * proxy.ts rewrites `/timeline?…` to `/timeline-view/<key>`, and likewise for the others.
 *
 * The key is "v" + base64url of the query string with its parameters sorted by name (values of a
 * repeated name keep their order, which the page reads). Every parameter is kept: the proxy only ever
 * passes canonical queries, so one view has one key.
 */
const PREFIX = "v";
/** Parameters Next.js adds to its own requests; they never change the page. */
const INTERNAL_PARAMS = new Set(["_rsc"]);

export function viewKey(search: URLSearchParams): string {
  const names = [...new Set(search.keys())].filter((name) => !INTERNAL_PARAMS.has(name)).sort();
  const canonical = new URLSearchParams();
  for (const name of names) for (const value of search.getAll(name)) canonical.append(name, value);
  return PREFIX + Buffer.from(canonical.toString(), "utf8").toString("base64url");
}

/** The query string a key stands for; undefined if not a key. */
export function queryOfViewKey(key: string): string | undefined {
  if (!key.startsWith(PREFIX) || !/^[A-Za-z0-9_-]*$/.test(key.slice(PREFIX.length))) return undefined;
  return Buffer.from(key.slice(PREFIX.length), "base64url").toString("utf8");
}

/** The query a key stands for, shaped as Next.js hands a page its `searchParams`; undefined if not a key. */
export function searchParamsOfViewKey(key: string): SearchParams | undefined {
  const query = queryOfViewKey(key);
  if (query === undefined) return undefined;
  return toSearchParams(new URLSearchParams(query));
}
