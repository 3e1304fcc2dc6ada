import { figureChartsData } from "../../charts/figure-charts";
import type { FigurePanel } from "../../charts/figure-chart-data";
import type { HostageComposition } from "../../charts/hostage-composition";
import { figureViewQuery } from "../../params/figure-window";
import { rangeQuery } from "../../params/range-query";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import type { FigurePoint } from "../../queries/figure-point";
import { latestReports } from "../../queries/figure-series";
import { getData } from "../dataset";
import { figuresView } from "./figures-page";

/** `/embed/figures`: per chart, the latest report of each figure in the date range. */
export type FiguresEmbedProps = {
  notices: ParamNotice[];
  span: { start: string; end: string } | undefined;
  sections: { id: string; title: string; totalInRange: number; latest: FigurePoint[]; panels: FigurePanel[]; composition: HostageComposition | undefined }[];
  fullHref: string;
  /** `?from=…&to=…` of the range drawn (a window resolved to its dates), or "" for all dates. */
  query: string;
};

export function getFiguresEmbed(params: SearchParams): FiguresEmbedProps {
  const index = getData();
  const figures = figuresView(params, index);
  const { range, notices } = figures;
  const view = figureChartsData(index, range);
  const query = rangeQuery(range);
  return {
    notices,
    span: view.span,
    sections: view.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      totalInRange: chart.totalInRange,
      latest: chart.legend.metrics.flatMap(({ metric }) => latestReports(chart.points, metric)),
      panels: chart.panels,
      composition: chart.composition,
    })),
    fullHref: `/figures${figureViewQuery(figures)}`,
    query,
  };
}
