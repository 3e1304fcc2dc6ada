import { respondWithEtag } from "../http/etag";
import type { ApiResult } from "./api-results";

/**
 * The data only changes with a deploy: browsers recheck after five minutes (a cheap 304 thanks to the
 * ETag), shared caches keep an answer until purged, and serve a stale one for a day while refetching.
 */
export const API_CACHE_CONTROL = "public, max-age=300, s-maxage=31536000, stale-while-revalidate=86400";

/**
 * JSON with `<`, `>` and the two JavaScript line separators written as \u escapes: the same value to
 * any JSON parser, but text that echoes a parameter can never read as a tag if a body is ever shown as
 * HTML or inlined in a page.
 */
export function toSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Serialises an API result, with caching headers, answering 304 when the client holds the same body. */
export function apiResponse(request: Request, result: ApiResult): Response {
  return respondWithEtag(request, {
    status: result.status,
    body: toSafeJson(result.body),
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": API_CACHE_CONTROL },
  });
}
