import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import type { AxisAnnotation, FigureChartData } from "@/lib/charts/figure-chart-data";
import { isoToMs, spreadOverlaps } from "@/lib/charts/chart-geometry";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { FigureMarker } from "./figure-marker";

/** Marker radius and the least distance between two marker centres, in pixels. */
export const MARK_RADIUS = 5.5;
const MARK_GAP = 13;
/** Radius of the invisible target around each marker: 24 px across, the minimum target size. */
const HIT_RADIUS = 12;
export const BADGE_RADIUS = 9;
export const BADGE_ROW_HEIGHT = 22;
/** Above every other recharts layer, labels included, so markers are never covered. */
const MARKS_Z_INDEX = 2100;

export type MarkPosition = { x: number; y: number };

export type PointHandlers = {
  onShow: (point: FigurePoint, position: MarkPosition, via: "hover" | "focus") => void;
  onHide: (point: FigurePoint, via: "hover" | "focus") => void;
  onActivate: (point: FigurePoint, position: MarkPosition, event: React.MouseEvent) => void;
  onEscape: () => void;
};

export type FigureMarksProps = {
  view: FigureChartData;
  /** Row of each annotation badge above the plot (0 nearest). */
  badgeRows: ReadonlyMap<string, number>;
  activeId: string | undefined;
  tooltipId: string;
  handlers: PointHandlers;
};

function pathThrough(ids: readonly string[], positions: ReadonlyMap<string, MarkPosition>): string {
  return ids
    .flatMap((id) => {
      const p = positions.get(id);
      return p ? [`${p.x.toFixed(1)},${p.y.toFixed(1)}`] : [];
    })
    .map((xy, i) => `${i === 0 ? "M" : "L"}${xy}`)
    .join("");
}

function Badge({ annotation, x, y }: { annotation: AxisAnnotation; x: number; y: number }) {
  return (
    <a
      href={annotation.href}
      className="figure-event-badge"
      aria-label={`Key event ${annotation.number}: ${annotation.title}, ${annotation.dateText}`}
    >
      <title>{`${annotation.number}. ${annotation.title} (${annotation.dateText})`}</title>
      <circle cx={x} cy={y} r={BADGE_RADIUS + 3} fill="transparent" />
      <circle data-focus-ring className="figure-event-badge-disc" cx={x} cy={y} r={BADGE_RADIUS} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" className="figure-event-badge-text">
        {annotation.number}
      </text>
    </a>
  );
}

/**
 * Markers, lines, same-date labels and event badges, drawn with the chart's own scales. Markers
 * are links: focusable, named for screen readers, and opening the source passage.
 */
export function FigureMarks({ view, badgeRows, activeId, tooltipId, handlers }: FigureMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;

  const raw = view.points.flatMap((point) => {
    const x = xScale(isoToMs(point.date));
    const y = yScale(point.value);
    return x === undefined || y === undefined ? [] : [{ id: point.id, x, y }];
  });
  const spreadX = spreadOverlaps(raw, MARK_GAP);
  const positions = new Map(raw.map((m) => [m.id, { x: spreadX.get(m.id) ?? m.x, y: m.y }]));

  return (
    <ZIndexLayer zIndex={MARKS_Z_INDEX}>
      <g className="figure-marks">
        <g aria-hidden="true">
          {view.guides.map((guide) => (
            <path
              key={guide.key}
              d={pathThrough(guide.pointIds, positions)}
              fill="none"
              stroke={guide.colour}
              strokeOpacity={0.55}
              strokeWidth={1.5}
              strokeDasharray={guide.dash || undefined}
            />
          ))}
          {view.seriesLines.map((line) => (
            <path
              key={line.key}
              d={pathThrough(line.pointIds, positions)}
              fill="none"
              stroke={line.colour}
              strokeWidth={2.25}
              strokeDasharray={line.dash || undefined}
            />
          ))}
          {view.sameDateLabels.map((label) => {
            const members = label.pointIds.flatMap((id) => positions.get(id) ?? []);
            if (members.length === 0) return null;
            const x = members.reduce((sum, m) => sum + m.x, 0) / members.length;
            const top = Math.min(...members.map((m) => m.y));
            const nearLeft = x - plot.x < 60;
            const nearRight = plot.x + plot.width - x < 60;
            return (
              <text
                key={label.key}
                x={nearLeft ? Math.min(...members.map((m) => m.x)) - MARK_RADIUS : nearRight ? Math.max(...members.map((m) => m.x)) + MARK_RADIUS : x}
                y={top - MARK_RADIUS - 6}
                textAnchor={nearLeft ? "start" : nearRight ? "end" : "middle"}
                className="figure-same-date-label"
              >
                {label.text}
              </text>
            );
          })}
        </g>
        {view.points.map((point) => {
          const position = positions.get(point.id);
          if (!position) return null;
          const isActive = point.id === activeId;
          return (
            <a
              key={point.id}
              href={point.href}
              className="figure-point"
              data-point-id={point.id}
              data-metric={point.metric}
              aria-label={`${point.label} Opens the source passage.`}
              aria-describedby={isActive ? tooltipId : undefined}
              onMouseEnter={() => handlers.onShow(point, position, "hover")}
              onMouseLeave={() => handlers.onHide(point, "hover")}
              onFocus={() => handlers.onShow(point, position, "focus")}
              onBlur={() => handlers.onHide(point, "focus")}
              onKeyDown={(event) => {
                if (event.key === "Escape") handlers.onEscape();
              }}
              onClick={(event) => handlers.onActivate(point, position, event)}
            >
              <circle cx={position.x} cy={position.y} r={HIT_RADIUS} fill="transparent" />
              <circle data-focus-ring className="figure-point-ring" cx={position.x} cy={position.y} r={MARK_RADIUS + 5} />
              <FigureMarker
                className="figure-point-mark"
                shape={point.shape}
                colour={point.colour}
                isHollow={!point.isAttributed}
                cx={position.x}
                cy={position.y}
                r={isActive ? MARK_RADIUS + 1.5 : MARK_RADIUS}
              />
            </a>
          );
        })}
        {view.annotations.map((annotation) => {
          const start = xScale(annotation.start);
          const end = xScale(annotation.end);
          if (start === undefined || end === undefined) return null;
          const x = Math.min(Math.max((start + end) / 2, plot.x), plot.x + plot.width);
          const row = badgeRows.get(annotation.id) ?? 0;
          return <Badge key={annotation.id} annotation={annotation} x={x} y={plot.y - BADGE_RADIUS - 4 - row * BADGE_ROW_HEIGHT} />;
        })}
      </g>
    </ZIndexLayer>
  );
}
