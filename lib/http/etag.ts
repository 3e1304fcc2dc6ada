import { createHash } from "node:crypto";

/**
 * For answers computed per request from the data, which only changes with a deploy: browsers reuse
 * them for five minutes and then revalidate with the ETag; a CDN keeps them until the deploy purges it.
 */
export const CDN_CACHE_CONTROL = "public, max-age=300, s-maxage=31536000, stale-while-revalidate=86400";

/** A strong entity tag for a response body: the first 128 bits of its SHA-256, quoted as HTTP wants. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/**
 * Whether an `If-None-Match` header names this entity tag. HTTP compares If-None-Match weakly
 * (RFC 9110 §13.1.2), so `W/"x"` matches `"x"`; `*` matches any current representation.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || opaque(candidate) === wanted;
  });
}

export type CacheableBody = {
  status: number;
  body: string | Uint8Array<ArrayBuffer>;
  /** Headers for the full response; the ETag is added, and a 304 keeps the caching ones. */
  headers: Record<string, string>;
};

/** Headers a 304 repeats from the full response (RFC 9110 §15.4.5). */
const KEPT_ON_304 = ["cache-control", "content-location", "date", "expires", "vary"];

/**
 * Answers a request with `body`, or with 304 Not Modified when the client already holds that exact
 * successful body (its `If-None-Match` names the body's hash). Pages and route handlers alike can use it.
 */
export function respondWithEtag(request: Request, { status, body, headers }: CacheableBody): Response {
  const etag = strongEtag(body);
  // Preconditions only apply to what would be a success (RFC 9110 §13.2.1): an error is always sent whole.
  const isSuccess = status >= 200 && status < 300;
  if (isSuccess && matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    const kept = Object.entries(headers).filter(([name]) => KEPT_ON_304.includes(name.toLowerCase()));
    return new Response(null, { status: 304, headers: { ...Object.fromEntries(kept), ETag: etag } });
  }
  return new Response(body, { status, headers: { ...headers, ETag: etag } });
}
