import type { FeedLink } from "../../feeds/feed-model";
import type { SearchParams } from "../../params/search-params";
import { filterOnly, timelineHref, timelineQuery, type TimelineLink } from "../../params/timeline-href";
import { activeFilters, type ActiveFilter } from "../../queries/active-filters";
import { actorFilterOptions, type ActorFilterOptions } from "../../queries/actor-filter-options";
import { timelineDescription, timelineTitle } from "../../queries/describe-timeline-view";
import { entryData, type EntryData } from "../../queries/entry-data";
import { retiredEntryNotice, type RetiredNotice } from "../../queries/correction-views";
import { firstValue } from "../../params/search-params";
import { explainEmpty, type FilterFacet } from "../../queries/explain-empty";
import type { MonthGroup } from "../../queries/group-by-month";
import type { PageSlice } from "../../queries/paginate";
import { timelinePageModel, type TimelinePageModel } from "../../queries/timeline-page-model";
import { EventTypeSchema } from "../../schema/event";
import type { TimelineEntry, TimelineType } from "../../schema/timeline-entry";
import type { PageMetadataInput } from "../../site-metadata";
import { cardPath, entryCardPath } from "../../share/card-path";
import { getData } from "../dataset";

export type TypeFilterOption = { type: TimelineType; count: number };

/** Everything `/timeline` shows for one query string: plain props, built from the index. */
export type TimelinePageProps = Pick<TimelinePageModel, "view" | "notices" | "continuesMonth"> & {
  articleCount: number;
  /** Entries in the whole record, and those matching the filter. */
  total: number;
  matched: number;
  slice: Pick<PageSlice<TimelineEntry>, "page" | "pageCount" | "total" | "first" | "last">;
  groups: MonthGroup<EntryData>[];
  /** The filter without page or entry: what pagination and "clear" links keep. */
  base: TimelineLink;
  filters: ActiveFilter[];
  actorOptions: ActorFilterOptions;
  /** Event types first, then statements and figures; types with no entries only when asked for. */
  typeOptions: { events: TypeFilterOption[]; other: TypeFilterOption[] };
  span: { first?: string; last?: string };
  /** Why nothing matched, part by part (only when nothing did). */
  emptyFacets: FilterFacet[];
  /** `entry=<id>` names a real entry that the filter excludes. */
  entryOutsideFilter?: { id: string; title: string };
  /** The canonical query of the view, which the client script watches for changes of view. */
  query: string;
  /** This view's feeds ("Follow this view"). */
  feed: FeedLink;
  /** `entry=<id>` names a record a correction merged or removed: said in place of "no entry has the id". */
  retiredEntry?: RetiredNotice;
};

/** A view's feeds take the view's own parameters, so they hold the entries the view shows. */
function timelineFeedLink(view: TimelinePageModel["view"], title: string): FeedLink {
  return { feedPath: "/timeline/feed", query: timelineQuery(view), title };
}

export function getTimelinePage(params: SearchParams): TimelinePageProps {
  const index = getData();
  const model = timelinePageModel(index, params);
  const { view, slice } = model;
  const { typeCounts, span } = index.facets;
  const typeOption = (type: TimelineType): TypeFilterOption => ({ type, count: typeCounts.get(type) ?? 0 });
  const shown = (option: TypeFilterOption) => option.count > 0 || view.types.includes(option.type);
  const retiredEntry = retiredEntryNotice(index, firstValue(params, "entry")?.toLowerCase());
  return {
    view,
    notices: retiredEntry ? model.notices.filter((notice) => notice.param !== "entry") : model.notices,
    continuesMonth: model.continuesMonth,
    articleCount: index.dataset.articles.length,
    total: model.total,
    matched: model.matches.length,
    slice: { page: slice.page, pageCount: slice.pageCount, total: slice.total, first: slice.first, last: slice.last },
    groups: model.groups.map((group) => ({ ...group, entries: group.entries.map((entry) => entryData(entry, index)) })),
    base: filterOnly(view),
    filters: activeFilters(view, index.actors),
    actorOptions: actorFilterOptions(index.actors, index.facets, view.actorIds),
    typeOptions: {
      events: EventTypeSchema.options.map(typeOption).filter(shown),
      other: (["statement", "figure"] as const).map(typeOption).filter(shown),
    },
    span,
    emptyFacets: model.matches.length === 0 ? explainEmpty(index, view) : [],
    ...(model.entryOutsideFilter ? { entryOutsideFilter: { id: model.entryOutsideFilter.id, title: model.entryOutsideFilter.title } } : {}),
    query: timelineQuery(view),
    feed: timelineFeedLink(view, timelineTitle(view, index.actors)),
    ...(retiredEntry ? { retiredEntry } : {}),
  };
}

/** Title and description of a timeline view, naming its filters and how many entries match. */
export function getTimelineMetadata(params: SearchParams): PageMetadataInput {
  const index = getData();
  const model = timelinePageModel(index, params);
  const position = model.view.entry === undefined ? undefined : index.positions.get(model.view.entry);
  const linked = position === undefined ? undefined : index.timeline[position];
  const title = timelineTitle(model.view, index.actors);
  return {
    title,
    description: timelineDescription(model.view, index.actors, { matched: model.matches.length, total: model.total }),
    path: "/timeline",
    shareUrl: timelineHref(filterOnly(model.view)),
    // An entry's permalink (`?entry=<id>`) is where statements and figures land: it shows that entry's card.
    image: linked ? entryCardPath(linked) : cardPath("pages", "timeline"),
    feed: timelineFeedLink(model.view, title),
  };
}
