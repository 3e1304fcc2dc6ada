import { markerPath } from "@/lib/charts/marker-path";
import type { MarkerShape } from "@/lib/schema/marker-shape";

export type FigureMarkerProps = {
  shape: MarkerShape;
  colour: string;
  /** Hollow markers stand for figures the article gives without naming anyone. */
  isHollow: boolean;
  cx: number;
  cy: number;
  r: number;
  className?: string;
};

/** One marker shape, filled or hollow; shared by the chart, its key and the home page sparklines. */
export function FigureMarker({ shape, colour, isHollow, cx, cy, r, className }: FigureMarkerProps) {
  return (
    <path
      d={markerPath(shape, cx, cy, r)}
      className={className}
      fill={isHollow ? "var(--surface)" : colour}
      stroke={colour}
      strokeWidth={isHollow ? 2 : 1.25}
      strokeLinejoin="round"
    />
  );
}

export type MarkerSwatchProps = Omit<FigureMarkerProps, "cx" | "cy" | "r"> & {
  /** Dash pattern of the line drawn through the marker, if any. */
  dash?: string;
  size?: number;
};

/** A marker, with an optional stretch of line, as a small inline image for keys and labels. */
export function MarkerSwatch({ dash, size = 16, ...marker }: MarkerSwatchProps) {
  const width = dash === undefined ? size : size * 2.25;
  return (
    <svg aria-hidden="true" width={width} height={size} viewBox={`0 0 ${width} ${size}`} className="inline-block shrink-0 align-middle">
      {dash !== undefined ? (
        <line x1={1} x2={width - 1} y1={size / 2} y2={size / 2} stroke="var(--muted)" strokeWidth={1.5} strokeDasharray={dash || undefined} />
      ) : null}
      <FigureMarker {...marker} cx={width / 2} cy={size / 2} r={size * 0.28} />
    </svg>
  );
}
