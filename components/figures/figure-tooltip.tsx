import type { FigurePoint } from "@/lib/queries/figure-point";
import { formatShortDate } from "@/lib/format/format-date";
import { FigureParts } from "../figure-parts";
import { MarkerSwatch } from "./figure-marker";

export type FigureTooltipProps = {
  id: string;
  point: FigurePoint;
  /** Position of the marker within the chart box, in pixels. */
  x: number;
  y: number;
  boxWidth: number;
  boxHeight: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** How to open the passage, worded for the way the tooltip was opened. */
  hint: string;
};

/** Width under which the tooltip spans the chart instead of sitting beside the marker. */
const NARROW_BOX = 520;
const OFFSET = 14;

/** The figure under the pointer or keyboard focus: value as hedged, as-of date, who reported it and the passage. */
export function FigureTooltip({ id, point, x, y, boxWidth, boxHeight, onPointerEnter, onPointerLeave, hint }: FigureTooltipProps) {
  const isLowerHalf = y > boxHeight / 2;
  const vertical = isLowerHalf ? { bottom: boxHeight - y + OFFSET } : { top: y + OFFSET };
  const horizontal =
    boxWidth < NARROW_BOX
      ? { left: 4, right: 4 }
      : x > boxWidth / 2
        ? { right: boxWidth - x + OFFSET }
        : { left: x + OFFSET };
  const sameDate = point.sameDate;
  return (
    <div
      id={id}
      role="tooltip"
      className="figure-tooltip absolute z-20 max-w-[22rem] rounded border border-rule bg-surface p-3 text-sm shadow-lg"
      style={{ ...vertical, ...horizontal }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="flex items-center gap-2 font-serif text-xl font-bold leading-tight text-ink">
        <MarkerSwatch shape={point.shape} colour={point.colour} isHollow={!point.isAttributed} />
        {point.valueText}
      </p>
      <p className="mt-0.5 font-medium text-ink">{point.metricLabel}</p>
      <FigureParts breakdownText={point.breakdownText} deathStatusText={point.deathStatusText} />
      <p className="text-muted">
        As of <time dateTime={point.dateTime ?? point.date}>{point.dateText}</time>
        {point.inferences?.some((note) => note.field === "date") ? " (our inference)" : null}
      </p>
      <p className="mt-1.5 text-ink">
        Reported by <strong>{point.reporterName}</strong>
        {point.isAttributed ? <span className="text-muted"> · “{point.attribution}”</span> : null}
      </p>
      {point.sources.map((source) => (
        <figure key={`${source.articleId}-${source.quote}`} className="mt-2 border-l-2 border-rule pl-2">
          <blockquote className="font-serif leading-snug text-ink">“{source.quote}”</blockquote>
          <figcaption className="mt-0.5 text-xs text-muted">
            {source.outlet ?? "Outlet not named"}, {formatShortDate(source.published)}
          </figcaption>
        </figure>
      ))}
      {sameDate.total > 1 ? (
        <p className="mt-2 text-xs font-medium text-accent">
          One of {sameDate.total} reports of this figure for that date{sameDate.valuesDiffer ? "; they differ" : ""}. Each is shown
          separately.
        </p>
      ) : null}
      <p className="mt-2 text-xs text-muted">{hint}</p>
    </div>
  );
}
