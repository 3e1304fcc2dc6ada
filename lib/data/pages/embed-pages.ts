import { figureChartsData } from "../../charts/figure-charts";
import type { FigurePanel } from "../../charts/figure-chart-data";
import { figureViewQuery } from "../../params/figure-window";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import type { FigurePoint } from "../../queries/figure-point";
import { latestReports } from "../../queries/figure-series";
import { getData } from "../dataset";
import { figuresView } from "./figures-page";

/** `/embed/figures`: per chart, the latest report of each figure in the date range. */
export type FiguresEmbedProps = {
  notices: ParamNotice[];
  span: { start: string; end: string } | undefined;
  sections: { id: string; title: string; totalInRange: number; latest: FigurePoint[]; panels: FigurePanel[] }[];
  fullHref: string;
};

/** The figures page showing the range these parameters ask for: the embed's link back and canonical address. */
function fullHrefOf(figures: ReturnType<typeof figuresView>): string {
  return `/figures${figureViewQuery(figures)}`;
}

/** `getFiguresEmbed(params).fullHref` without drawing the charts: for the page's metadata. */
export function figuresEmbedHref(params: SearchParams): string {
  return fullHrefOf(figuresView(params, getData()));
}

export function getFiguresEmbed(params: SearchParams): FiguresEmbedProps {
  const index = getData();
  const figures = figuresView(params, index);
  const { range, notices } = figures;
  const view = figureChartsData(index, range);
  return {
    notices,
    span: view.span,
    sections: view.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      totalInRange: chart.totalInRange,
      latest: chart.legend.metrics.flatMap(({ metric }) => latestReports(chart.points, metric)),
      panels: chart.panels,
    })),
    fullHref: fullHrefOf(figures),
  };
}
