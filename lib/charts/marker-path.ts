// No runtime imports: the chart tooltips (client code) use this, and their bundle must not pull in zod.
import type { MarkerShape } from "../schema/marker-shape";

/**
 * SVG path for a marker of roughly equal visual weight, centred on (cx, cy); `r` is the
 * circle's radius and the other shapes are sized to look as large.
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "circle":
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "square": {
      const s = r * 0.9;
      return `M${f(cx - s)},${f(cy - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case "diamond": {
      const d = r * 1.3;
      return `M${f(cx)},${f(cy - d)}L${f(cx + d)},${f(cy)}L${f(cx)},${f(cy + d)}L${f(cx - d)},${f(cy)}Z`;
    }
    case "triangle": {
      const t = r * 1.25;
      return `M${f(cx)},${f(cy - t)}L${f(cx + t)},${f(cy + t * 0.8)}L${f(cx - t)},${f(cy + t * 0.8)}Z`;
    }
    case "triangle-down": {
      const t = r * 1.25;
      return `M${f(cx)},${f(cy + t)}L${f(cx + t)},${f(cy - t * 0.8)}L${f(cx - t)},${f(cy - t * 0.8)}Z`;
    }
  }
}
