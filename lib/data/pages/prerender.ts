/**
 * How many pages of each permalink kind (events, actors, sources, proposals) the build renders ahead of
 * time, newest first. The rest render on their first request and are then served from Next's cache, so
 * the build stays the same size however much data is added. A first request renders one page in tens of
 * milliseconds, so the prerendered set is only a warm start: small enough that the real data already has
 * events and actors that render on demand (the browser tests then cover both paths).
 */
export const PRERENDER_LIMIT = 20;

/** `generateStaticParams` shape for an `[id]` route. */
export function idParams(ids: readonly string[]): { id: string }[] {
  return ids.map((id) => ({ id }));
}
