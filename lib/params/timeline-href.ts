import type { TimelineView } from "./timeline-params";

/** The settings a timeline link carries; all optional, defaults are left out of the URL. */
export type TimelineLink = Partial<TimelineView>;

/** Path of the timeline page; one place so links and the filter form agree. */
export const TIMELINE_PATH = "/timeline";

/** Query string for a timeline view, in the same order the filter form submits its fields. */
export function timelineQuery(view: TimelineLink): string {
  const query = new URLSearchParams();
  if (view.q) query.set("q", view.q);
  for (const id of view.actorIds ?? []) query.append("actor", id);
  for (const type of view.types ?? []) query.append("type", type);
  if (view.from) query.set("from", view.from);
  if (view.to) query.set("to", view.to);
  if (view.order === "oldest") query.set("order", "oldest");
  if (view.entry) query.set("entry", view.entry);
  else if (view.page && view.page > 1) query.set("p", String(view.page));
  return query.toString();
}

/** `/timeline?…` for a view, optionally with a fragment (an entry id). */
export function timelineHref(view: TimelineLink, hash?: string): string {
  const query = timelineQuery(view);
  return `${TIMELINE_PATH}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/**
 * Lasting link to one entry: `/timeline?entry=<id>#<id>` opens whichever page holds it, however many
 * entries are added later; the fragment scrolls to it and highlights it.
 */
export function entryPermalink(entryId: string): string {
  return timelineHref({ entry: entryId }, entryId);
}

/** The filter part of a view: what "clear all" removes and what pagination links keep. */
export function filterOnly(view: TimelineView): TimelineLink {
  return {
    actorIds: view.actorIds,
    types: view.types,
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.q ? { q: view.q } : {}),
    order: view.order,
  };
}

/** Whether any filter (not order or page) is set. */
export function hasActiveFilter(view: TimelineView): boolean {
  return view.actorIds.length > 0 || view.types.length > 0 || Boolean(view.from || view.to || view.q);
}
