import type { Metadata } from "next";
import { EmbedShell } from "@/components/embed/embed-shell";
import { TopLink } from "@/components/embed/top-link";
import { FigurePanel } from "@/components/figures/figure-panel";
import { ParamNotices } from "@/components/param-notices";
import { getFiguresEmbed } from "@/lib/data/pages/embed-pages";
import { formatShortDate } from "@/lib/format/format-date";
import { countNoun } from "@/lib/format/words";
import type { SearchParams } from "@/lib/params/search-params";
import { embedTitle } from "@/lib/root-metadata";

const TITLE = "Hostage and casualty figures";

export function embedFiguresMetadata(params: SearchParams): Metadata {
  return { title: embedTitle(TITLE), alternates: { canonical: getFiguresEmbed(params).fullHref } };
}

/**
 * The latest reported figures over a date range, compact and framable: the page's small charts (plain
 * SVG, readable without scripts) and the latest reports as a list. Rendered like /embed/timeline: per request with notices, or
 * once per canonical range at /embed/figures-view/<key>.
 */
export function EmbedFigures({ params }: { params: SearchParams }) {
  const embed = getFiguresEmbed(params);
  return (
    <EmbedShell kicker="Figures" title={TITLE} fullHref={embed.fullHref} fullLabel="See the charts and every figure">
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
