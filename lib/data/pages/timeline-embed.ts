import type { ParamNotice, SearchParams } from "../../params/search-params";
import { timelineQuery } from "../../params/timeline-href";
import { timelineTitle } from "../../queries/describe-timeline-view";
import { entryData, type EntryData } from "../../queries/entry-data";
import { timelinePageModel } from "../../queries/timeline-page-model";
import { getData } from "../dataset";

// No "server-only" here, as in timeline-page.ts: pages/embed/timeline-view (Pages Router) reads it in getStaticProps.

/** `/embed/timeline`: one page of the timeline view its parameters ask for, as a flat list. */
export type TimelineEmbedProps = {
  title: string;
  notices: ParamNotice[];
  entries: EntryData[];
  /** Entries shown (first to last, 1-based) and how many match. */
  first: number;
  last: number;
  matched: number;
  /** The same view on the full timeline (filters, page and entry kept). */
  fullHref: string;
};

export function getTimelineEmbed(params: SearchParams): TimelineEmbedProps {
  const index = getData();
  const model = timelinePageModel(index, params);
  const query = timelineQuery({ ...model.view, page: model.slice.page });
  return {
    title: timelineTitle(model.view, index.actors),
    notices: model.notices,
    entries: model.slice.items.map((entry) => entryData(entry, index)),
    first: model.slice.first,
    last: model.slice.last,
    matched: model.matches.length,
    fullHref: `/timeline${query ? `?${query}` : ""}${model.view.entry ? `#${model.view.entry}` : ""}`,
  };
}
