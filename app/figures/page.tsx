import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ParamNotices } from "@/components/param-notices";
import { DateRangeForm } from "@/components/figures/date-range-form";
import { FigureChartSection } from "@/components/figures/figure-chart-section";
import { figuresPageView } from "@/lib/charts/figure-charts";
import { getData } from "@/lib/data/dataset";
import { formatShortDate } from "@/lib/format/format-date";
import { pluralWord } from "@/lib/format/words";
import { parseDateRange } from "@/lib/params/date-range-params";
import { rangeQuery } from "@/lib/params/range-query";
import type { SearchParams } from "@/lib/params/search-params";
import type { FigureChartId } from "@/lib/queries/figure-series";
import { pageMetadata } from "@/lib/site-metadata";
import "./figures.css";

const TITLE = "Hostage and casualty figures";
const DESCRIPTION =
  "Hostages held in Gaza and deaths reported, each figure as one source gave it — value, qualifier, as-of date, who reported it and the quoted passage. Conflicting reports are shown side by side, never averaged.";

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/figures" });

const DESCRIPTIONS: Record<FigureChartId, string> = {
  hostages:
    "People taken on 7 October 2023 and those reported still held in Gaza since, with those believed alive and those confirmed or presumed dead where the sources give them.",
  deaths: "Deaths reported in Gaza since October 2023, and deaths in Israel on 7 October 2023, each labelled with who reported it.",
};

export default async function FiguresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { range, notices } = parseDateRange(await searchParams);
  const index = getData();
  const page = figuresPageView(index, range);
  const years = [...new Set(index.dataset.counts.map((c) => Number(c.date.slice(0, 4))))].sort();
  const csvHref = `/api/figures.csv${rangeQuery(range)}`;
  const total = page.charts.reduce((sum, chart) => sum + chart.points.length, 0);

  return (
    <div className="figures-page space-y-10">
      <div>
        <PageHeader kicker="Figures" title={TITLE}>
          <p>
            Each marker is one figure as one source reported it. Where two reports disagree, both are drawn and labelled;
            nothing is averaged or dropped. Hover over or tab to a marker for its source; click or press Enter to open the passage.
          </p>
        </PageHeader>
        <ParamNotices notices={notices} />
        <DateRangeForm action="/figures" range={range} years={years} />
        <p className="mt-3 text-sm text-muted" aria-live="polite">
          {page.span ? (
            <>
              Showing {total} {pluralWord(total, "figure", "figures")} from {formatShortDate(page.span.start)} to{" "}
              {formatShortDate(page.span.end)}.{" "}
            </>
          ) : (
            <>No figures in this range. </>
          )}
          <a href={csvHref} download className="font-medium text-ink">
            Download {range.from || range.to ? "these figures" : "all figures"} as CSV
          </a>{" "}
          (one row per figure and source passage). <a href="/api/dataset">Full dataset (JSON)</a>.
        </p>
      </div>

      {page.charts.map((section) => (
        <FigureChartSection key={section.id} section={section} description={DESCRIPTIONS[section.id]} events={page.events} />
      ))}
    </div>
  );
}
