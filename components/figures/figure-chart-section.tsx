import type { FigureChartSection as FigureChartSectionData } from "@/lib/charts/figure-charts";
import type { KeyEvent } from "@/lib/queries/figure-point";
import { FigureChart } from "./figure-chart";
import { FigureLegend } from "./figure-legend";
import { FigureTable } from "./figure-table";
import { KeyEventList } from "./key-event-list";

export type FigureChartSectionProps = {
  section: FigureChartSectionData;
  description: string;
  events: readonly KeyEvent[];
  /** Key events in the span, when more than `events` (a sample). */
  eventsTotal?: number;
  /** The CSV of the whole range, for the figures a sampled table leaves out. */
  csvHref?: string;
};

/** One chart with its key, its event list and the table of its points. */
export function FigureChartSection({ section, description, events, eventsTotal = events.length, csvHref = "/api/figures.csv" }: FigureChartSectionProps) {
  const { id, title, points, totalInRange, view, legend } = section;
  const isSampled = points.length < totalInRange;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="figure-section space-y-5">
      <div className="max-w-3xl">
        <h2 id={headingId} className="font-serif text-2xl font-bold">{title}</h2>
        <p className="mt-1 text-muted">{description}</p>
      </div>
      {view ? (
        <>
          <figure className="figure-chart-frame rounded border border-rule bg-surface p-2 sm:p-4" aria-labelledby={headingId}>
            <div
              role="group"
              aria-label={`Chart: ${title}, ${points.length} reported figures. Each marker is a link to its source passage.`}
              className="figure-chart-holder relative h-[27rem] sm:h-[24rem]"
            >
              <FigureChart view={view} />
              <noscript>
                {/* Without scripts there is no chart to make room for: the box shrinks to the message. */}
                <style>{".figure-chart-holder{height:auto}"}</style>
                <p className="p-6 text-center text-muted">The chart needs JavaScript. Every figure it draws is in the table below.</p>
              </noscript>
            </div>
            <figcaption className="mt-4 space-y-4 border-t border-rule pt-4">
              <FigureLegend legend={legend} hasSeriesLines={view.seriesLines.length > 0} />
              <KeyEventList id={id} events={events} total={eventsTotal} />
            </figcaption>
          </figure>
          <FigureTable
            id={id}
            caption={
              isSampled
                ? `The ${points.length} figures the chart draws, of ${totalInRange} in this date range, oldest first. Choose a shorter range to see the others, or download them all as CSV.`
                : `Every figure in the chart, oldest first (${points.length}).`
            }
            points={points}
          />
          {isSampled ? (
            <p className="text-sm text-muted" data-testid={`${id}-table-more`}>
              {totalInRange - points.length} more {totalInRange - points.length === 1 ? "figure" : "figures"} in this range{" "}
              {totalInRange - points.length === 1 ? "is" : "are"} not listed here:{" "}
              <a href={csvHref} download className="font-medium text-ink">
                download every figure in the range as CSV
              </a>
              .
            </p>
          ) : null}
        </>
      ) : (
        <p className="rounded border border-rule bg-surface p-6 text-muted">No figure of this kind is reported in the chosen date range.</p>
      )}
    </section>
  );
}
