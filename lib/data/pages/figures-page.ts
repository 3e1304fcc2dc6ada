import "server-only";
import { figureChartsData, type FigureChartsData } from "../../charts/figure-charts";
import { FIGURE_LIMITS } from "../../queries/figure-sample";
import { parseDateRange, type DateRange } from "../../params/date-range-params";
import { rangeQuery } from "../../params/range-query";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import type { DatasetIndex } from "../../queries/dataset-index";
import { getData } from "../dataset";

/** Everything /figures renders, as plain serialisable data. */
export type FiguresPageData = FigureChartsData & {
  range: DateRange;
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

/**
 * /figures for a query string (`from`, `to`): both charts and their tables over the range, each
 * bounded to `FIGURE_LIMITS` (an even sample when the range holds more; all figures on the real
 * data), the key events, the year shortcuts and the CSV link for the whole range.
 */
export function getFiguresPage(searchParams: SearchParams, index: DatasetIndex = getData()): FiguresPageData {
  const { range, notices } = parseDateRange(searchParams);
  const view = figureChartsData(index, range);
  return {
    ...view,
    range,
    notices,
    years: [...index.figureYears],
    csvHref: `/api/figures.csv${rangeQuery(range)}`,
    shown: view.charts.reduce((sum, chart) => sum + chart.points.length, 0),
    inRange: view.charts.reduce((sum, chart) => sum + chart.totalInRange, 0),
    pointsPerChart: FIGURE_LIMITS.pointsPerChart,
  };
}
