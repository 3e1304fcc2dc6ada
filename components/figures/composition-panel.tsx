import type { HostageComposition } from "@/lib/charts/hostage-composition";
import { formatShortDate } from "@/lib/format/format-date";
import { formatNumber } from "@/lib/format/words";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { MarkerSwatch } from "./figure-marker";

export type CompositionPanelProps = { composition: HostageComposition };

function Part({ point, label, segment }: { point: FigurePoint; label: string; segment: string }) {
  return (
    <li className="flex items-start gap-2" data-metric={point.metric}>
      <span aria-hidden="true" className={`figure-composition-key ${segment}`} />
      <span>
        <strong className="font-serif text-lg leading-none text-ink tabular-nums">{point.shortValueText}</strong> {label}
        <span className="block text-xs text-muted">
          <MarkerSwatch shape={point.shape} colour={point.colour} isHollow={!point.isAttributed} size={11} /> {point.reporterShort}
        </span>
      </span>
    </li>
  );
}

/**
 * Hostages held as one article splits them on one day: alive, dead and (worked out by us where all three
 * are exact) those it counts as neither. Drawn as one bar in HTML, so it needs no script and prints.
 */
export function CompositionPanel({ composition }: CompositionPanelProps) {
  const { held, alive, dead, remainder } = composition;
  // Hedged figures may not add up; the bar is then scaled to the larger of the parts' sum and the total.
  const whole = Math.max(held.value, alive.value + dead.value + (remainder ?? 0), 1);
  const share = (value: number) => `${((value / whole) * 100).toFixed(2)}%`;
  return (
    <div className="figure-panel figure-composition min-w-0" data-panel="composition">
      <h3 className="figure-panel-title font-sans text-sm font-semibold text-ink">Held, alive and dead, as one article gives them</h3>
      <p className="mt-1 text-xs text-muted">
        As of <time dateTime={composition.date}>{formatShortDate(composition.date)}</time>, all three from {composition.articleName}
      </p>
      <p className="mt-2 text-sm text-ink">
        <strong className="font-serif text-2xl tabular-nums">{held.shortValueText}</strong> held
        <span className="text-xs text-muted"> · {held.reporterShort}</span>
      </p>
      <div className="figure-composition-bar mt-2" aria-hidden="true">
        <span className="figure-composition-alive" style={{ width: share(alive.value) }} />
        <span className="figure-composition-dead" style={{ width: share(dead.value) }} />
        {remainder ? <span className="figure-composition-rest" style={{ width: share(remainder) }} /> : null}
      </div>
      <ul className="mt-3 space-y-2 text-sm">
        <Part point={alive} label="believed alive" segment="figure-composition-alive" />
        <Part point={dead} label={dead.deathStatusText ?? "dead"} segment="figure-composition-dead" />
        {remainder !== undefined ? (
          <li className="flex items-start gap-2" data-metric="remainder">
            <span aria-hidden="true" className="figure-composition-key figure-composition-rest" />
            <span>
              <strong className="font-serif text-lg leading-none text-ink tabular-nums">{formatNumber(remainder)}</strong> neither
              <span className="block text-xs text-muted">held minus alive and dead: our subtraction, not a reported figure</span>
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
