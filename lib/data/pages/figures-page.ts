// No "server-only" here, as in timeline-embed.ts: pages/embed/figures-view (Pages Router) reads it, through
// embed-pages.ts, in getStaticProps.
import { figureChartsData, type FigureChartsData } from "../../charts/figure-charts";
import { FIGURE_LIMITS } from "../../queries/figure-sample";
import type { DateRange } from "../../params/date-range-params";
import { parseFigureView, type FigureWindow } from "../../params/figure-window";
import { rangeQuery } from "../../params/range-query";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import type { DatasetIndex } from "../../queries/dataset-index";
import { figurePoints } from "../../queries/figure-series";
import { getData } from "../dataset";

/** Everything /figures renders, as plain serialisable data. */
export type FiguresPageData = FigureChartsData & {
  /** The dates drawn: `from`/`to` as given, or those the window stands for. */
  range: DateRange;
  window: FigureWindow;
  /** The latest day any figure describes: where the windows count back from. */
  latestDate: string | undefined;
  notices: ParamNotice[];
  /** Years that hold figures, offered as one-click ranges. */
  years: number[];
  /** The CSV of every figure in the range: the whole of what a sampled chart draws from. */
  csvHref: string;
  /** Figures drawn and listed over both charts, and how many the range holds. */
  shown: number;
  inRange: number;
  pointsPerChart: number;
};

/** The figures' view of a query string (`from`, `to`, `window`) on this data. */
export function figuresView(searchParams: SearchParams, index: DatasetIndex) {
  const latestDate = figurePoints(index).at(-1)?.date;
  return { ...parseFigureView(searchParams, latestDate), latestDate };
}

/**
 * /figures for a query string (`from`, `to` or `window`): every section's small charts and tables over
 * the range, each bounded to `FIGURE_LIMITS` (an even sample when the range holds more; all figures on
 * the real data), the key events, the year shortcuts and the CSV link for the whole range.
 */
export function getFiguresPage(searchParams: SearchParams, index: DatasetIndex = getData()): FiguresPageData {
  const { range, window, notices, latestDate } = figuresView(searchParams, index);
  const view = figureChartsData(index, range);
  return {
    ...view,
    range,
    window,
    latestDate,
    notices,
    years: [...index.figureYears],
    csvHref: `/api/figures.csv${rangeQuery(range)}`,
    shown: view.charts.reduce((sum, chart) => sum + chart.points.length, 0),
    inRange: view.charts.reduce((sum, chart) => sum + chart.totalInRange, 0),
    pointsPerChart: FIGURE_LIMITS.pointsPerChart,
  };
}
