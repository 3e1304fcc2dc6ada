import { toSearchParams } from "../params/search-params";
import { timelineQuery, TIMELINE_PATH } from "../params/timeline-href";
import { isTimelineParam } from "../params/timeline-params";
import type { DatasetIndex } from "../queries/dataset-index";
import { parseTimelineQuery, timelinePageModel } from "../queries/timeline-page-model";
import { routeByCanonicalQuery, type CachedRoute } from "./cached-route";

type TimelineIndex = Pick<DatasetIndex, "actors" | "timeline" | "positions" | "postings" | "text">;

/** The canonical query string for a timeline request, or undefined when a value could not be used. */
export function canonicalTimelineQuery(search: URLSearchParams, index: TimelineIndex): string | undefined {
  const params = toSearchParams(search);
  // Every request for the timeline passes here, cache hits included: parse only, and filter only when a
  // page past the first or an entry has to be placed among the matches.
  const { view, notices } = parseTimelineQuery(index, params);
  if (notices.some((notice) => isTimelineParam(notice.param))) return undefined;
  if (view.entry === undefined && (view.page ?? 1) === 1) return timelineQuery({ ...view, page: 1 });
  const model = timelinePageModel(index, params);
  // Notices about unknown parameter names are not kept: the canonical address leaves those out.
  if (model.notices.some((notice) => isTimelineParam(notice.param))) return undefined;
  // `entry` opens the page holding it, so it stands for the page; otherwise the page shown is the one asked for.
  return timelineQuery({ ...model.view, page: model.slice.page });
}

/** `path` is the page answering: the timeline, or its embed (`/embed/timeline`), which takes the same parameters. */
export function routeTimeline(search: URLSearchParams, index: TimelineIndex, path: string = TIMELINE_PATH): CachedRoute {
  return routeByCanonicalQuery(path, search, (query) => canonicalTimelineQuery(query, index));
}
