// Real `/timeline` views for the benchmark, drawn from the data so they exist at every scale: filters a
// reader picks (an actor, a type, both), in either order, page by page. Each lists a full page of entries,
// so a first request of one renders what a reader would see, never an empty result.
import type { DatasetIndex } from "../../lib/queries/dataset-index";
import { filterTimeline, type TimelineFilter } from "../../lib/queries/filter-timeline";
import { TIMELINE_PAGE_SIZE } from "../../lib/queries/paginate";

/** Taken from the filter, so this file does not depend on where the entry type is declared. */
type TimelineType = NonNullable<TimelineFilter["types"]>[number];

export type TimelineViewSample = {
  /** The query string, without "?": e.g. "actor=israel&type=statement&p=2". */
  query: string;
  /** Entries the filter matches in all (the page shows `TIMELINE_PAGE_SIZE` of them). */
  matched: number;
};

type Candidate = { params: [string, string][]; filter: TimelineFilter };

/** The `count` actors with the most timeline entries (with their people and bodies), most first. */
export function busiestActors(index: Pick<DatasetIndex, "postings">, count: number): string[] {
  return [...index.postings.actor.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .slice(0, count)
    .map(([id]) => id);
}

/**
 * Up to `limit` distinct views, each with a full page of entries, in a fixed order that varies filter,
 * order and page from one view to the next. The unfiltered first page is left out: it is built ahead.
 */
export function fullPageViews(index: Pick<DatasetIndex, "postings" | "timeline" | "text">, limit: number, pageSize = TIMELINE_PAGE_SIZE): TimelineViewSample[] {
  const types = [...index.postings.type.entries()].sort(([, x], [, y]) => y.length - x.length).map(([type]) => type as TimelineType);
  const actors = busiestActors(index, 4);
  const candidates: Candidate[] = [{ params: [], filter: {} }];
  for (const type of types) candidates.push({ params: [["type", type]], filter: { types: [type] } });
  for (const actor of actors) candidates.push({ params: [["actor", actor]], filter: { actorIds: [actor] } });
  for (const actor of actors) {
    for (const type of types) candidates.push({ params: [["actor", actor], ["type", type]], filter: { actorIds: [actor], types: [type] } });
  }
  // Pages each filter can fill, then round-robin over filters so consecutive views differ.
  const pages = candidates.map((c) => ({ ...c, matched: filterTimeline(index, c.filter).length })).filter((c) => c.matched >= pageSize);
  const views: TimelineViewSample[] = [];
  for (let page = 1; views.length < limit; page += 1) {
    const before = views.length;
    for (const candidate of pages) {
      if (candidate.matched < page * pageSize) continue;
      for (const order of ["newest", "oldest"] as const) {
        const params = new URLSearchParams(candidate.params);
        if (order === "oldest") params.set("order", order);
        if (page > 1) params.set("p", String(page));
        if (params.size === 0) continue;
        if (views.length < limit) views.push({ query: params.toString(), matched: candidate.matched });
      }
    }
    if (views.length === before) break;
  }
  return views;
}

/** How many entries a rendered timeline page lists (one `<article>` each). */
export function countEntries(html: string): number {
  return html.match(/<article\b/g)?.length ?? 0;
}

/**
 * More views nobody asks for twice, for when the full-page ones run out (small scales): everything up
 * to each date the timeline has (`to=`), newest date first, alone and with the busiest type.
 */
export function dateCutViews(index: Pick<DatasetIndex, "postings" | "timeline">, limit: number): string[] {
  const dates = [...new Set(index.timeline.map((entry) => entry.date))];
  const busiestType = [...index.postings.type.entries()].sort(([, x], [, y]) => y.length - x.length)[0]?.[0];
  const views: string[] = [];
  for (const date of dates) {
    for (const type of [undefined, busiestType]) {
      if (views.length >= limit) return views;
      views.push(new URLSearchParams([...(type ? [["type", type]] : []), ["to", date]]).toString());
    }
  }
  return views;
}
