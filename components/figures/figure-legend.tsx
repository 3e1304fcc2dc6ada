import type { FigureLegend as FigureLegendData } from "@/lib/charts/figure-charts";
import { QUALIFIER_SYMBOL_KEY } from "@/lib/format/format-figure";
import { UNATTRIBUTED_COLOUR } from "@/lib/theme/figure-style";
import { MarkerSwatch } from "./figure-marker";

export type FigureLegendProps = { legend: FigureLegendData; hasSeriesLines: boolean };

/** Key to a chart, server-rendered: shapes for what is counted, colours for who reported it, and what the lines mean. */
export function FigureLegend({ legend, hasSeriesLines }: FigureLegendProps) {
  return (
    <div className="figure-legend grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
      <div>
        <p className="font-semibold text-ink">What is counted</p>
        <ul className="mt-1 space-y-1">
          {legend.metrics.map((m) => (
            <li key={m.metric} className="flex items-center gap-2">
              <MarkerSwatch shape={m.shape} colour="var(--ink)" isHollow={false} dash={m.dash} />
              <span>{m.label}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="font-semibold text-ink">Who reported it</p>
        <ul className="mt-1 space-y-1">
          {legend.reporters.map((r) => (
            <li key={r.name} className="flex items-center gap-2">
              <span className="flex shrink-0 gap-0.5">
                {r.shapes.map((shape) => (
                  <MarkerSwatch key={shape} shape={shape} colour={r.colour} isHollow={false} />
                ))}
              </span>
              <span>{r.name}</span>
            </li>
          ))}
          {legend.hasUnattributed ? (
            <li className="flex items-center gap-2">
              <MarkerSwatch shape="circle" colour={UNATTRIBUTED_COLOUR} isHollow />
              <span>Hollow: not attributed in the article; the publication is named instead</span>
            </li>
          ) : null}
        </ul>
      </div>
      <p className="text-muted sm:col-span-2">
        Each chart has its own value scale, from zero; all share the time scale. The latest report of each measure is labelled at
        the end of its line with who reported it and the date it describes. Grey lines join every report of a measure in date
        order, whoever made it{hasSeriesLines ? "; coloured lines join one reporter’s own figures" : ""}. They are a reading aid, not a
        trend any source reported. Labels over a cluster give same-day reports side by side ({QUALIFIER_SYMBOL_KEY}); markers on
        one spot are set a few units apart, and the table gives exact dates. A shaded bar is a range the source gives (low to high).
        Numbered markers above each chart are key events, listed below: a line for a known day (dotted where the day is
        approximate), a shaded band where only the month is known; events too close to number apart share one marker (“3–5”).
      </p>
    </div>
  );
}
