import type { Metadata } from "next";
// The charts' styles; pages/_app.tsx imports them too, for the figures embed the Pages Router sends.
import "./figures.css";
import { PageHeader } from "@/components/page-header";
import { ParamNotices } from "@/components/param-notices";
import { DateRangeForm } from "@/components/figures/date-range-form";
import { FigureChartSection } from "@/components/figures/figure-chart-section";
import { getFiguresPage } from "@/lib/data/pages/figures-page";
import { formatShortDate } from "@/lib/format/format-date";
import { pluralWord } from "@/lib/format/words";
import type { SearchParams } from "@/lib/params/search-params";
import type { FigureChartId } from "@/lib/queries/figure-series";
import { EmbedThis } from "@/components/embed/embed-this";
import { FIGURE_WINDOW_LABELS, figureViewQuery } from "@/lib/params/figure-window";
import { cardPath } from "@/lib/share/card-path";
import { EMBED_HEIGHTS, embedPathOf } from "@/lib/share/embed-snippet";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import { pageMetadata } from "@/lib/site-metadata";

const TITLE = "Hostage and casualty figures";
const DESCRIPTION =
  "Hostages held in Gaza and deaths reported, each figure as one source gave it — value, qualifier, as-of date, who reported it and the quoted passage. Conflicting reports are shown side by side, never averaged.";

export const figuresMetadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: "/figures", image: cardPath("pages", "figures") });

const DESCRIPTIONS: Record<FigureChartId, string> = {
  hostages:
    "People taken on 7 October 2023 and those reported still held in Gaza since, with those believed alive and those confirmed or presumed dead where the sources give them. Where one article gives held, alive and dead for the same day, the split is drawn as one bar.",
  deaths: "Deaths reported in Gaza since October 2023, and deaths in Israel on 7 October 2023, each labelled with who reported it.",
  releases: "Hostages freed from Gaza and Palestinian prisoners released by Israel, each figure as its source gave it.",
  displacement: "People reported displaced inside Gaza, each figure labelled with who reported it.",
};

/**
 * The figures for one query string: rendered per request by `/figures` when a date could not be used,
 * and otherwise once per canonical view by `/figures-view/<key>` (see proxy.ts).
 */
export function FiguresPage({ params }: { params: SearchParams }) {
  const page = getFiguresPage(params);
  const { range, notices, years, csvHref, shown, inRange } = page;
  const isSampled = shown < inRange;

  return (
    <div className="figures-page space-y-10">
      <div>
        <PageHeader kicker="Figures" title={TITLE}>
          <p>
            One small chart per measure, each with its own scale and the latest report labelled with who gave it. Each marker is
            one figure as one source reported it. Where two reports disagree, both are drawn and labelled; nothing is averaged,
            added up across sources or dropped. Hover over or tab to a marker for its source; click or press Enter to open the
            passage.
          </p>
        </PageHeader>
        <ParamNotices notices={notices} />
        <DateRangeForm action="/figures" range={range} window={page.window} years={years} />
        {page.window !== "all" && page.latestDate ? (
          <p className="mt-3 text-sm text-muted" data-testid="figure-window-note">
            {FIGURE_WINDOW_LABELS[page.window]} of the data: counted back from {formatShortDate(page.latestDate)}, the latest date
            any figure describes, not from today (the figures change only when articles are added).
          </p>
        ) : null}
        <p className="mt-3 text-sm text-muted" aria-live="polite">
          {page.span ? (
            <>
              Showing {isSampled ? `${shown} of the ${inRange}` : shown} {pluralWord(inRange, "figure", "figures")} from{" "}
              {formatShortDate(page.span.start)} to {formatShortDate(page.span.end)}.{" "}
              {isSampled ? (
                <>
                  Each chart draws at most {page.pointsPerChart}, spread evenly over the dates, whole days at a time and always with
                  the latest report of each kind; choose a shorter range to see more.{" "}
                </>
              ) : null}
            </>
          ) : (
            <>No figures in this range. </>
          )}
          <a href={csvHref} download className="font-medium text-ink">
            Download {range.from || range.to ? "these figures" : "all figures"} as CSV
          </a>{" "}
          (one row per figure and source passage). <a href="/api/dataset">Full dataset (JSON)</a>.
        </p>
        <div className="mt-3">
          <EmbedThis path={embedPathOf(`/figures${figureViewQuery(page)}`)} title={`${SITE_NAME}: ${TITLE}`} height={EMBED_HEIGHTS.figures} origin={SITE_URL?.origin} />
        </div>
      </div>

      {page.charts.map((section) => (
        <FigureChartSection
          key={section.id}
          section={section}
          description={DESCRIPTIONS[section.id]}
          events={page.events}
          eventsTotal={page.eventsTotal}
          csvHref={csvHref}
        />
      ))}
    </div>
  );
}
