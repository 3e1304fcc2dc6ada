"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from "recharts";
import type { FigureChartData } from "@/lib/charts/figure-chart-data";
import { annotationRows, yAxisWidthFor } from "@/lib/charts/chart-geometry";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { BADGE_RADIUS, BADGE_ROW_HEIGHT, FigureMarks, type MarkPosition, type PointHandlers } from "./figure-marks";
import { FigureTooltip } from "./figure-tooltip";
import { useElementSize } from "./use-element-size";

export type FigureChartProps = { view: FigureChartData };

const MARGIN_SIDE = 14;
const MARGIN_BOTTOM = 4;
/** Room above the plot for the first row of event badges. */
const BADGE_BASE = 2 * BADGE_RADIUS + 10;
/** Badges closer than this (pixels) go to different rows. */
const BADGE_GAP = 2 * BADGE_RADIUS + 4;
/** Grace period before a hover tooltip closes, so the pointer can move onto it. */
const HIDE_DELAY_MS = 160;

type Active = { point: FigurePoint; position: MarkPosition; via: "hover" | "focus" | "tap" };

/**
 * A chart of reported figures over time: recharts draws the axes, grid and event lines; the
 * markers are links that show a tooltip on hover, focus or first tap, and open the source passage.
 */
export function FigureChart({ view }: FigureChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // The box fills a holder whose height the page sets in CSS, so the space is reserved before the chart draws.
  const { width, height } = useElementSize(boxRef);
  const yAxisWidth = yAxisWidthFor(view.yTicks);
  const [active, setActive] = useState<Active | undefined>();
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastPointer = useRef<string>("mouse");
  const tooltipId = `${view.id}-chart-tooltip`;

  // Badge rows depend on the plot width, which is only known here; the plot maps the domain linearly.
  const badgeRows = useMemo(() => {
    const left = MARGIN_SIDE + yAxisWidth;
    const plotWidth = Math.max(width - left - MARGIN_SIDE, 1);
    const [d0, d1] = view.xDomain;
    const marks = view.annotations.map((a) => ({ id: a.id, x: left + (((a.start + a.end) / 2 - d0) / (d1 - d0)) * plotWidth }));
    return annotationRows(marks, BADGE_GAP);
  }, [view.annotations, view.xDomain, width, yAxisWidth]);
  const rowCount = view.annotations.length > 0 ? Math.max(0, ...badgeRows.values()) + 1 : 0;
  const marginTop = rowCount > 0 ? BADGE_BASE + (rowCount - 1) * BADGE_ROW_HEIGHT : 12;

  const cancelHide = () => clearTimeout(hideTimer.current);
  const hideSoon = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setActive((current) => (current?.via === "hover" ? undefined : current)), HIDE_DELAY_MS);
  };

  const handlers: PointHandlers = {
    onShow: (point, position, via) => {
      cancelHide();
      // Hovering elsewhere does not take the tooltip away from the point that has keyboard focus.
      setActive((current) => (via === "hover" && current?.via === "focus" && current.point.id !== point.id ? current : { point, position, via }));
    },
    onHide: (point, via) => {
      if (via === "hover") hideSoon();
      else setActive((current) => (current?.point.id === point.id && current.via !== "hover" ? undefined : current));
    },
    onActivate: (point, position, event) => {
      // On touch, the first tap shows the figure; the second opens its source.
      if (lastPointer.current === "touch" && active?.point.id !== point.id) {
        event.preventDefault();
        setActive({ point, position, via: "tap" });
      }
    },
    onEscape: () => setActive(undefined),
  };

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setActive(undefined);
    };
    const onPointerDown = (event: PointerEvent) => {
      lastPointer.current = event.pointerType;
      if (!boxRef.current?.contains(event.target as Node)) setActive(undefined);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [active]);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const tickLabels = useMemo(() => new Map(view.xTicks.map((tick) => [tick.value, tick.label])), [view.xTicks]);

  return (
    <div
      ref={boxRef}
      className="figure-chart-box absolute inset-0"
      onPointerDownCapture={(event) => {
        lastPointer.current = event.pointerType;
      }}
    >
      {width > 0 && height > 0 ? (
        <ComposedChart
          width={width}
          height={height}
          margin={{ top: marginTop, right: MARGIN_SIDE, bottom: MARGIN_BOTTOM, left: MARGIN_SIDE }}
          accessibilityLayer={false}
          className="figure-chart-svg"
        >
          <CartesianGrid vertical={false} stroke="var(--rule)" />
          <XAxis
            type="number"
            dataKey="x"
            domain={view.xDomain}
            ticks={view.xTicks.map((tick) => tick.value)}
            tickFormatter={(value: number) => tickLabels.get(value) ?? ""}
            allowDataOverflow
            interval="preserveStartEnd"
            minTickGap={12}
            stroke="var(--muted)"
            tick={{ fill: "var(--muted)", fontSize: 12 }}
            tickLine={{ stroke: "var(--muted)" }}
          />
          <YAxis
            type="number"
            domain={[0, view.yMax]}
            ticks={view.yTicks}
            allowDataOverflow
            width={yAxisWidth}
            tickFormatter={(value: number) => value.toLocaleString("en-GB")}
            stroke="var(--muted)"
            tick={{ fill: "var(--muted)", fontSize: 12 }}
          />
          {view.annotations.map((annotation) =>
            annotation.end > annotation.start ? (
              <ReferenceArea
                key={annotation.id}
                x1={annotation.start}
                x2={annotation.end}
                fill="var(--muted)"
                fillOpacity={0.12}
                stroke="none"
                ifOverflow="hidden"
              />
            ) : (
              <ReferenceLine
                key={annotation.id}
                x={annotation.start}
                stroke="var(--muted)"
                strokeOpacity={0.7}
                strokeDasharray={annotation.precision === "approximate" ? "3 3" : undefined}
                ifOverflow="hidden"
              />
            ),
          )}
          <FigureMarks view={view} badgeRows={badgeRows} activeId={active?.point.id} tooltipId={tooltipId} handlers={handlers} />
        </ComposedChart>
      ) : null}
      {active && width > 0 && height > 0 ? (
        <FigureTooltip
          id={tooltipId}
          point={active.point}
          x={active.position.x}
          y={active.position.y}
          boxWidth={width}
          boxHeight={height}
          onPointerEnter={cancelHide}
          onPointerLeave={hideSoon}
          hint={active.via === "tap" ? "Tap the marker again to open the source passage." : "Click or press Enter to open the source passage."}
        />
      ) : null}
    </div>
  );
}
