"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { FigureTooltip } from "./figure-tooltip";

export type FigureTooltipLayerProps = {
  /** Section id, for the tooltip's id. */
  id: string;
  /** The points the panels inside draw, matched to their markers by `data-point-id`. */
  points: readonly FigurePoint[];
  children: ReactNode;
};

/** Grace period before a hover tooltip closes, so the pointer can move onto it. */
const HIDE_DELAY_MS = 160;

type Via = "hover" | "focus" | "tap";
type Active = { point: FigurePoint; anchor: Element; x: number; y: number; width: number; height: number; via: Via };

const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest("a.figure-point[data-point-id]") : null);

/**
 * Tooltips for server-drawn chart markers: one listener on the panels (events bubble up to it) shows the
 * figure under the pointer or keyboard focus, with its passage; a first tap on touch shows it, a second
 * opens the source. The charts themselves need no JavaScript; this is the only script they have.
 */
export function FigureTooltipLayer({ id, points, children }: FigureTooltipLayerProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | undefined>();
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastPointer = useRef<string>("mouse");
  const tapOnShown = useRef(false);
  const tooltipId = `${id}-chart-tooltip`;
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);

  const cancelHide = () => clearTimeout(hideTimer.current);
  const hideSoon = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setActive((current) => (current?.via === "hover" ? undefined : current)), HIDE_DELAY_MS);
  };

  const show = (anchor: Element, via: Via) => {
    const point = byId.get(anchor.getAttribute("data-point-id") ?? "");
    const box = boxRef.current?.getBoundingClientRect();
    const mark = (anchor.querySelector(".figure-point-mark") ?? anchor).getBoundingClientRect();
    if (!point || !box) return;
    cancelHide();
    const next = { point, anchor, x: mark.left + mark.width / 2 - box.left, y: mark.top + mark.height / 2 - box.top, width: box.width, height: box.height, via };
    // Hovering elsewhere does not take the tooltip away from the point that has keyboard focus.
    setActive((current) => (via === "hover" && current?.via === "focus" && current.point.id !== point.id ? current : next));
  };

  // The marker names its tooltip while it shows; the markers are server-rendered, so this is set here.
  useEffect(() => {
    if (!active) return;
    active.anchor.setAttribute("aria-describedby", tooltipId);
    return () => active.anchor.removeAttribute("aria-describedby");
  }, [active, tooltipId]);

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

  return (
    <div
      ref={boxRef}
      className="figure-tooltip-layer relative"
      onPointerDownCapture={(event) => {
        lastPointer.current = event.pointerType;
        // Read before the tap's own focus and emulated mouse events show the figure: only a tap on the
        // marker whose figure was already showing opens the source.
        tapOnShown.current = event.pointerType === "touch" && active !== undefined && active.anchor === markerOf(event.target);
      }}
      // Pointer events, not mouse events: a tap is followed by emulated mouse events, which are no hover.
      onPointerOver={(event) => {
        const anchor = markerOf(event.target);
        if (anchor && event.pointerType !== "touch") show(anchor, "hover");
      }}
      onPointerOut={(event) => {
        const anchor = markerOf(event.target);
        if (anchor && event.pointerType !== "touch" && !anchor.contains(event.relatedTarget as Node | null)) hideSoon();
      }}
      onFocus={(event) => {
        const anchor = markerOf(event.target);
        if (anchor) show(anchor, "focus");
      }}
      onBlur={(event) => {
        const anchor = markerOf(event.target);
        if (anchor) setActive((current) => (current?.anchor === anchor && current.via !== "hover" ? undefined : current));
      }}
      onClick={(event) => {
        const anchor = markerOf(event.target);
        // On touch, the first tap shows the figure; the second opens its source.
        if (anchor && lastPointer.current === "touch" && !tapOnShown.current) {
          event.preventDefault();
          show(anchor, "tap");
        }
      }}
    >
      {children}
      {active ? (
        <FigureTooltip
          id={tooltipId}
          point={active.point}
          x={active.x}
          y={active.y}
          boxWidth={active.width}
          boxHeight={active.height}
          onPointerEnter={cancelHide}
          onPointerLeave={hideSoon}
          hint={active.via === "tap" ? "Tap the marker again to open the source passage." : "Click or press Enter to open the source passage."}
        />
      ) : null}
    </div>
  );
}
