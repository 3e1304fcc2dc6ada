import { parseTimelineParams, type TimelineView } from "../params/timeline-params";
import type { ParamNotice, SearchParams } from "../params/search-params";
import type { DatasetIndex } from "./dataset-index";
import { filterTimeline } from "./filter-timeline";
import { groupByMonth, type MonthGroup } from "./group-by-month";
import { clampedPageNotice, paginate, type PageSlice, TIMELINE_PAGE_SIZE } from "./paginate";
import type { TimelineEntry } from "../schema/timeline-entry";

export type TimelinePageModel = {
  view: TimelineView;
  notices: ParamNotice[];
  /** Entries matching the filter, in the order asked for. */
  matches: TimelineEntry[];
  total: number;
  slice: PageSlice<TimelineEntry>;
  groups: MonthGroup<TimelineEntry>[];
  /** The first month shown also ends the previous page. */
  continuesMonth: boolean;
  /** `entry=<id>` names a real entry that the filter excludes. */
  entryOutsideFilter?: TimelineEntry;
};

type TimelineIndex = Pick<DatasetIndex, "actors" | "timeline" | "positions" | "postings" | "text">;

/** Reads a timeline query against the index: which actor and entry ids exist. */
export function parseTimelineQuery(index: Pick<DatasetIndex, "actors" | "positions">, params: SearchParams) {
  return parseTimelineParams(params, {
    hasActor: (id) => index.actors.has(id),
    hasEntry: (id) => index.positions.has(id),
  });
}

/** Everything the timeline page shows for a URL: parse, filter, order, paginate, group. */
export function timelinePageModel(index: TimelineIndex, params: SearchParams, pageSize = TIMELINE_PAGE_SIZE): TimelinePageModel {
  const { view, notices } = parseTimelineQuery(index, params);
  const filtered = filterTimeline(index, view);
  const matches = view.order === "oldest" ? filtered.reverse() : filtered;
  const slice = paginate(matches, { page: view.page, itemId: view.entry, pageSize });
  const clamped = clampedPageNotice(slice, "all matching entries");
  if (clamped) notices.push(clamped);
  const firstShown = slice.items[0];
  const beforeFirst = slice.first > 1 ? matches[slice.first - 2] : undefined;
  return {
    view,
    notices,
    matches,
    total: index.timeline.length,
    slice,
    groups: groupByMonth(slice.items),
    continuesMonth: Boolean(firstShown && beforeFirst && firstShown.date.slice(0, 7) === beforeFirst.date.slice(0, 7)),
    ...(slice.itemMissing && view.entry ? { entryOutsideFilter: index.timeline[index.positions.get(view.entry) ?? -1] } : {}),
  };
}
