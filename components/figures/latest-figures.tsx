import { Link } from "@/components/site-link";
import { spreadOverlaps, thinEvenly } from "@/lib/charts/chart-geometry";
import { sparklinePositions } from "@/lib/charts/figure-layout";
import { METRIC_LABELS } from "@/lib/format/format-count";
import { formatShortDate } from "@/lib/format/format-date";
import { pluralWord } from "@/lib/format/words";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { latestReports } from "@/lib/queries/figure-series";
import type { Metric } from "@/lib/schema/count";
import { FigureParts } from "../figure-parts";
import { FigureMarker, MarkerSwatch } from "./figure-marker";

export type LatestFiguresProps = {
  /** All figure points, oldest first. */
  points: readonly FigurePoint[];
  metrics: readonly Metric[];
};

const BOX = { width: 240, height: 44, pad: 6 };
/** More dots than a 240-unit strip can tell apart; beyond it the strip draws an even selection. */
export const SPARKLINE_MAX_POINTS = 60;

/** A static dot strip of every report of one metric; decorative, the text beside it says what it shows. */
function Sparkline({ points, span }: { points: readonly FigurePoint[]; span: { start: string; end: string } }) {
  const max = Math.max(...points.map((p) => p.value));
  const raw = sparklinePositions(points, BOX, span, max);
  const spread = spreadOverlaps(raw, 8);
  const positions = raw.map((m) => ({ ...m, x: spread.get(m.id) ?? m.x }));
  const path = positions.map((m, i) => `${i === 0 ? "M" : "L"}${m.x.toFixed(1)},${m.y.toFixed(1)}`).join("");
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${BOX.width} ${BOX.height}`} className="mt-3 h-auto w-full">
      <line x1={0} x2={BOX.width} y1={BOX.height - BOX.pad} y2={BOX.height - BOX.pad} stroke="var(--rule)" />
      {positions.length > 1 ? <path d={path} fill="none" stroke="var(--muted)" strokeOpacity={0.5} strokeWidth={1.25} /> : null}
      {points.map((point, i) => (
        <FigureMarker
          key={point.id}
          shape={point.shape}
          colour={point.colour}
          isHollow={!point.isAttributed}
          cx={positions[i]!.x}
          cy={positions[i]!.y}
          r={3.5}
        />
      ))}
    </svg>
  );
}

/** Home-page summary: the latest report of each key figure, all of them where sources disagree, and who gave it. */
export function LatestFigures({ points, metrics }: LatestFiguresProps) {
  const first = points[0]?.date;
  const last = points.at(-1)?.date;
  if (!first || !last) return null;
  const span = { start: first, end: last };
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {metrics.map((metric) => {
        const all = points.filter((p) => p.metric === metric);
        const drawn = thinEvenly(all, SPARKLINE_MAX_POINTS);
        const latest = latestReports(points, metric);
        if (latest.length === 0) return null;
        return (
          <li key={metric} className="flex flex-col rounded border border-rule bg-surface p-4">
            <h3 className="text-sm font-semibold text-muted">{METRIC_LABELS[metric]}</h3>
            <ul className="mt-2 space-y-2">
              {latest.map((point) => (
                <li key={point.id}>
                  <p className="flex items-center gap-2 font-serif text-2xl font-bold leading-tight tabular-nums text-ink">
                    <MarkerSwatch shape={point.shape} colour={point.colour} isHollow={!point.isAttributed} size={14} />
                    {point.valueText}
                  </p>
                  <FigureParts breakdownText={point.breakdownText} deathStatusText={point.deathStatusText} />
                  <p className="text-sm text-muted">
                    {/* A month or a range must not read as one precise day. */}
                    As of {point.precision === "day" ? formatShortDate(point.date) : point.dateText} · {point.reporterName} ·{" "}
                    <Link href={point.href} className="text-muted hover:text-ink">
                      source
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
            {latest.length > 1 ? (
              <p className="mt-2 text-xs font-medium text-accent">
                {latest.length} reports for this date{latest.some((p) => p.sameDate.valuesDiffer) ? "; they differ" : ""}. Each is shown.
              </p>
            ) : null}
            <div className="mt-auto">
              <Sparkline points={drawn} span={span} />
              <p className="text-xs text-muted">
                {all.length} {pluralWord(all.length, "report", "reports")},{" "}
                {all[0]!.date === all.at(-1)!.date
                  ? `all for ${formatShortDate(all[0]!.date)}`
                  : `${formatShortDate(all[0]!.date)} to ${formatShortDate(all.at(-1)!.date)}`}
                {drawn.length < all.length ? `; ${drawn.length} drawn` : ""}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
