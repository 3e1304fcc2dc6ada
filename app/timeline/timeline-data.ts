import "server-only";
import { cache } from "react";
import { getData } from "@/lib/data/dataset";
import type { SearchParams } from "@/lib/params/search-params";
import { timelinePageModel } from "@/lib/queries/timeline-page-model";
import type { TimelineEntry, TimelineType } from "@/lib/queries/timeline-entry";
import { actorEntryCounts, typeEntryCounts } from "@/lib/queries/timeline-facets";

/**
 * The page model for one request's query string; `generateMetadata` and the page share it
 * (React's per-request cache compares arguments by value only for strings, hence the key).
 */
const modelFor = cache((key: string) => timelinePageModel(getData(), JSON.parse(key) as SearchParams));

export function timelineModel(params: SearchParams) {
  return modelFor(JSON.stringify(params));
}

type Facets = {
  actorCounts: Map<string, number>;
  typeCounts: Map<TimelineType, number>;
  span: { first?: string; last?: string };
};

let facets: { timeline: readonly TimelineEntry[]; value: Facets } | undefined;

/** Per-actor and per-type totals and the date span, computed once per process (the data never changes while it runs). */
export function timelineFacets(): Facets {
  const { timeline, actors } = getData();
  if (facets?.timeline !== timeline) {
    facets = {
      timeline,
      value: {
        actorCounts: actorEntryCounts(timeline, actors),
        typeCounts: typeEntryCounts(timeline),
        // The timeline is newest first.
        span: { first: timeline.at(-1)?.date, last: timeline[0]?.date },
      },
    };
  }
  return facets.value;
}
