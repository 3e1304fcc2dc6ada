import type { FigureChartSection as FigureChartSectionData } from "@/lib/charts/figure-charts";
import type { KeyEvent } from "@/lib/queries/figure-point";
import { CompositionPanel } from "./composition-panel";
import { FigureLegend } from "./figure-legend";
import { FigurePanel } from "./figure-panel";
import { FigureTable } from "./figure-table";
import { FigureTooltipLayer } from "./figure-tooltip-layer";
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

/** One section: a small chart per measure (and the split of hostages held), its key, its event list and the table of its points. */
export function FigureChartSection({ section, description, events, eventsTotal = events.length, csvHref = "/api/figures.csv" }: FigureChartSectionProps) {
  const { id, title, points, totalInRange, panels, emptyPanels, composition, legend } = section;
  const isSampled = points.length < totalInRange;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="figure-section space-y-5">
      <div className="max-w-3xl">
        <h2 id={headingId} className="font-serif text-2xl font-bold">{title}</h2>
        <p className="mt-1 text-muted">{description}</p>
      </div>
      {panels.length > 0 ? (
        <>
          <figure className="figure-chart-frame rounded border border-rule bg-surface p-3 sm:p-4" aria-labelledby={headingId}>
            <div role="group" aria-label={`Charts: ${title}, ${points.length} reported figures, one chart per measure. Each marker is a link to its source passage.`}>
              <FigureTooltipLayer id={id} points={points}>
                <div className="figure-panels">
                  {composition ? <CompositionPanel composition={composition} /> : null}
                  {panels.map((panel, i) => (
                    <FigurePanel key={panel.key} panel={panel} sectionId={id} hasPrimaryEvents={i === 0} />
                  ))}
                </div>
              </FigureTooltipLayer>
            </div>
            {emptyPanels.length > 0 ? (
              <p className="mt-3 text-sm text-muted">No report in this date range of: {emptyPanels.join("; ").toLowerCase()}.</p>
            ) : null}
            <figcaption className="mt-4 space-y-4 border-t border-rule pt-4">
              <FigureLegend legend={legend} hasSeriesLines={panels.some((panel) => panel.lines.some((line) => !line.isGuide))} />
              <KeyEventList id={id} events={events} total={eventsTotal} />
            </figcaption>
          </figure>
          <FigureTable
            id={id}
            caption={
              isSampled
                ? `The ${points.length} figures the charts draw, of ${totalInRange} in this date range, oldest first. Choose a shorter range to see the others, or download them all as CSV.`
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
