import type { FigureDetails } from "@/lib/queries/figure-details";

export type FigurePartsProps = Pick<FigureDetails, "breakdownText" | "deathStatusText"> & { className?: string };

/** What the text adds to a figure: whether the dead are confirmed or presumed, and its parts. */
export function FigureParts({ breakdownText, deathStatusText, className = "block text-sm text-muted" }: FigurePartsProps) {
  if (!breakdownText && !deathStatusText) return null;
  return (
    // A span, so it can sit inside table headers and other phrasing content.
    <span className={className} data-figure-parts>
      {deathStatusText ? <span className="first-letter:uppercase inline-block">{deathStatusText}</span> : null}
      {deathStatusText && breakdownText ? " · " : null}
      {breakdownText ? <span>Breakdown: {breakdownText}</span> : null}
    </span>
  );
}
