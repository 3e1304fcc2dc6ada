import { EmbedShell } from "./embed-shell";
import { TopLink } from "./top-link";
import { FigurePanel } from "@/components/figures/figure-panel";
import { ParamNotices } from "@/components/param-notices";
import type { FiguresEmbedProps } from "@/lib/data/pages/embed-pages";
import { formatShortDate } from "@/lib/format/format-date";
import { countNoun } from "@/lib/format/words";

/** What the figures embed is called, in its heading and its page title. */
export const FIGURES_EMBED_TITLE = "Hostage and casualty figures";

/**
 * The latest reported figures over a date range, compact and framable: the page's small charts (plain
 * SVG, readable without scripts) and the latest reports as a list. The same for the App Router page that
 * renders ranges with notices per request and the Pages Router page that sends each canonical range as
 * HTML alone (pages/embed/figures-view). Its styles come from app/figures/figures.css, which each imports.
 */
export function EmbedFiguresBody({ embed }: { embed: FiguresEmbedProps }) {
  return (
    <EmbedShell kicker="Figures" title={FIGURES_EMBED_TITLE} fullHref={embed.fullHref} fullLabel="See the charts and every figure">
      <ParamNotices notices={embed.notices} />
      <p className="mb-3 text-sm text-muted">
        {embed.span
          ? `Latest reports between ${formatShortDate(embed.span.start)} and ${formatShortDate(embed.span.end)}, each as one source gave it; where reports for the same date differ, all are listed.`
          : "No figures in this range."}
      </p>
      {embed.sections
        .filter((section) => section.latest.length > 0)
        .map((section) => (
          <section key={section.id} aria-labelledby={`embed-${section.id}`} className="mb-4">
            <h2 id={`embed-${section.id}`} className="font-serif text-lg font-bold">
              {section.title} <span className="font-sans text-sm font-normal text-muted">({countNoun(section.totalInRange, "figure", "figures")} in range)</span>
            </h2>
            {/* The page's own charts, server-drawn: no script needed in the frame, links open in the framing page. */}
            <div className="figure-panels figure-panels-embed mt-2">
              {section.panels.map((panel, i) => (
                <FigurePanel key={panel.key} panel={panel} sectionId={section.id} hasPrimaryEvents={i === 0} eventListPath={embed.fullHref} linkTarget="_top" />
              ))}
            </div>
            <ul className="mt-3 space-y-2">
              {section.latest.map((point) => {
                const source = point.sources[0]!;
                return (
                  <li key={point.id} className="border-l-4 pl-3" style={{ borderColor: point.colour }}>
                    <p>
                      {point.metricLabel}: <strong>{point.valueText}</strong>
                    </p>
                    <p className="text-sm text-muted">
                      As of <time dateTime={point.date}>{point.dateText}</time> · {point.reporterName} · Source:{" "}
                      <TopLink href={source.href} className="text-muted">
                        {source.outlet ?? source.articleTitle}
                      </TopLink>
                      , {formatShortDate(source.published)}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </EmbedShell>
  );
}
