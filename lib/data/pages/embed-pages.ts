import { figureChartsData } from "../../charts/figure-charts";
import { parseDateRange } from "../../params/date-range-params";
import { rangeQuery } from "../../params/range-query";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import { timelineQuery } from "../../params/timeline-href";
import { timelineTitle } from "../../queries/describe-timeline-view";
import { entryData, type EntryData } from "../../queries/entry-data";
import type { FigurePoint } from "../../queries/figure-point";
import { latestReports } from "../../queries/figure-series";
import { timelinePageModel } from "../../queries/timeline-page-model";
import { getData } from "../dataset";

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

/** `/embed/figures`: per chart, the latest report of each figure in the date range. */
export type FiguresEmbedProps = {
  notices: ParamNotice[];
  span: { start: string; end: string } | undefined;
  sections: { id: string; title: string; totalInRange: number; latest: FigurePoint[] }[];
  fullHref: string;
  /** `?from=…&to=…` of the range, or "" for all dates. */
  query: string;
};

export function getFiguresEmbed(params: SearchParams): FiguresEmbedProps {
  const { range, notices } = parseDateRange(params);
  const view = figureChartsData(getData(), range);
  const query = rangeQuery(range);
  return {
    notices,
    span: view.span,
    sections: view.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      totalInRange: chart.totalInRange,
      latest: chart.legend.metrics.flatMap(({ metric }) => latestReports(chart.points, metric)),
    })),
    fullHref: `/figures${query}`,
    query,
  };
}
