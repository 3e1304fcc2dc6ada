import type { EventMarker, FigurePanel as FigurePanelData } from "@/lib/charts/figure-chart-data";
import { EVENT_MARKER } from "@/lib/charts/event-markers";
import { PANEL } from "@/lib/charts/figure-panel-layout";
import { FigureMarker } from "./figure-marker";

export type FigurePanelProps = {
  panel: FigurePanelData;
  /** Section id, for the anchors of the key-event list a range marker points to. */
  sectionId: string;
  /**
   * Whether this panel's event markers are the section's links. The other panels repeat them for the
   * eye only, as drawings hidden from assistive technology.
   */
  hasPrimaryEvents: boolean;
  /** Where the key-event list is, for range markers: "" on the page itself, the full page's address in an embed. */
  eventListPath?: string;
  /** `_top` in an embed, so links open in the page that frames it. */
  linkTarget?: "_top";
};

/** Radius of the invisible target around each marker: 24 units across, the minimum target size. */
const HIT_RADIUS = 12;

function eventMarkerHref(marker: EventMarker, sectionId: string, listPath: string): string {
  // One event: its page. Several: their entries in the list under the chart, each linked there.
  return marker.events.length === 1 ? marker.events[0]!.href : `${listPath}#${sectionId}-event-${marker.events[0]!.number}`;
}

function eventMarkerName(marker: EventMarker): string {
  const listed = marker.events.map((e) => `${e.number}. ${e.title} (${e.dateText})`).join("; ");
  return marker.events.length === 1 ? `Key event ${listed}` : `Key events ${marker.text}: ${listed}`;
}

type EventMarkerLinkProps = { marker: EventMarker; y: number; sectionId: string; isPrimary: boolean; listPath: string; target: "_top" | undefined };

function EventMarkerLink({ marker, y, sectionId, isPrimary, listPath, target }: EventMarkerLinkProps) {
  const r = EVENT_MARKER.radius;
  const name = eventMarkerName(marker);
  const drawing = (
    <>
      <title>{name}</title>
      <rect data-focus-ring className="figure-event-badge-disc" x={marker.x - marker.width / 2} y={y - r} width={marker.width} height={2 * r} rx={r} />
      <text x={marker.x} y={y} dy="0.35em" textAnchor="middle" className="figure-event-badge-text">
        {marker.text}
      </text>
    </>
  );
  // Repeats in the other panels are drawings with a tooltip, not links: one set of stops for keyboards and screen readers.
  if (!isPrimary) {
    return (
      <g className="figure-event-badge figure-event-badge-repeat" data-event-ids={marker.events.map((e) => e.id).join(" ")} aria-hidden="true">
        {drawing}
      </g>
    );
  }
  return (
    <a
      href={eventMarkerHref(marker, sectionId, listPath)}
      target={target}
      className="figure-event-badge"
      data-event-ids={marker.events.map((e) => e.id).join(" ")}
      aria-label={name}
    >
      {drawing}
    </a>
  );
}

/**
 * One small chart, drawn on the server as plain SVG: readable without JavaScript, scaled as a whole to its
 * box. Markers are links to their source passages; the tooltip layer around the panels adds the details.
 */
export function FigurePanel({ panel, sectionId, hasPrimaryEvents, eventListPath = "", linkTarget }: FigurePanelProps) {
  const { plot } = panel;
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  return (
    <div className="figure-panel min-w-0" data-panel={panel.key}>
      <h3 className="figure-panel-title font-sans text-sm font-semibold text-ink">{panel.title}</h3>
      <svg
        viewBox={`0 0 ${panel.width} ${panel.height}`}
        className="figure-panel-svg mt-1 block h-auto w-full overflow-visible"
        role="group"
        aria-label={`${panel.title}: ${panel.marks.length} reported ${panel.marks.length === 1 ? "figure" : "figures"}, each marker a link to its source passage.`}
      >
        <g aria-hidden="true">
          {panel.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={right} y1={tick.at} y2={tick.at} className={tick.at === bottom ? "figure-axis-line" : "figure-grid-line"} />
              <text x={plot.left - 5} y={tick.at} dy="0.32em" textAnchor="end" className="figure-tick">
                {tick.label}
              </text>
            </g>
          ))}
          {panel.xTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.at} x2={tick.at} y1={bottom} y2={bottom + 4} className="figure-axis-line" />
              <text x={tick.at} y={bottom + 15} textAnchor="middle" className="figure-tick">
                {tick.label}
              </text>
            </g>
          ))}
          {panel.eventSpans.map((span) =>
            span.x2 - span.x1 > 1 ? (
              <rect key={span.key} x={span.x1} y={plot.top} width={span.x2 - span.x1} height={plot.height} className="figure-event-band" />
            ) : (
              <line key={span.key} x1={span.x1} x2={span.x1} y1={plot.top} y2={bottom} className="figure-event-line" strokeDasharray={span.isApproximate ? "3 3" : undefined} />
            ),
          )}
          {panel.bands.map((band) => (
            <path key={band.key} d={band.d} fill={band.colour} fillOpacity={0.18} stroke={band.colour} strokeOpacity={0.5} strokeWidth={0.75} />
          ))}
          {panel.lines.map((line) => (
            <path
              key={line.key}
              d={line.d}
              fill="none"
              stroke={line.colour}
              strokeOpacity={line.isGuide ? 0.55 : 1}
              strokeWidth={line.isGuide ? 1.5 : 2.25}
              strokeDasharray={line.dash || undefined}
            />
          ))}
          {panel.sameDateLabels.map((label) => (
            <text key={label.key} x={label.x} y={label.y} textAnchor={label.anchor} className="figure-same-date-label">
              {label.text}
            </text>
          ))}
          {panel.latestLabels.map((label) =>
            // A leader line only where the label had to move away from its marker's height.
            Math.abs(label.y + PANEL.valueLine * 0.65 - label.markY) > 3 || label.x - label.markX > 40 ? (
              <polyline
                key={label.pointId}
                points={`${label.markX + 6},${label.markY} ${label.x - 4},${label.markY} ${label.x - 2},${label.y + PANEL.valueLine * 0.65}`}
                className="figure-leader"
              />
            ) : null,
          )}
        </g>
        {panel.latestLabels.map((label) => (
          <g key={label.pointId} className="figure-latest-label" data-point-id={label.pointId} role="img" aria-label={label.description}>
            <text x={label.x} y={label.y + PANEL.valueLine * 0.8} className="figure-latest-value">
              {label.valueText}
            </text>
            {label.reporterLines.map((line, i) => (
              <text key={line} x={label.x} y={label.y + PANEL.valueLine + (i + 0.85) * PANEL.smallLine} className="figure-latest-reporter">
                {line}
              </text>
            ))}
            <text x={label.x} y={label.y + PANEL.valueLine + (label.reporterLines.length + 0.85) * PANEL.smallLine} className="figure-latest-date">
              {label.dateText}
            </text>
          </g>
        ))}
        {panel.marks.map(({ point, x, y }) => (
          <a key={point.id} href={point.href} target={linkTarget} className="figure-point" data-point-id={point.id} data-metric={point.metric} aria-label={`${point.label} Opens the source passage.`}>
            <circle cx={x} cy={y} r={HIT_RADIUS} fill="transparent" />
            <circle data-focus-ring className="figure-point-ring" cx={x} cy={y} r={PANEL.markRadius + 4} />
            <FigureMarker className="figure-point-mark" shape={point.shape} colour={point.colour} isHollow={!point.isAttributed} cx={x} cy={y} r={PANEL.markRadius} />
          </a>
        ))}
        {panel.eventMarkers.map((marker) => (
          <EventMarkerLink
            key={marker.key}
            marker={marker}
            y={panel.eventRowY}
            sectionId={sectionId}
            isPrimary={hasPrimaryEvents}
            listPath={eventListPath}
            target={linkTarget}
          />
        ))}
      </svg>
    </div>
  );
}
