import type { Qualifier } from "../schema/count";
import type { Bounds } from "./format-count";
import { formatNumber } from "./words";

const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  exact: "",
  approximately: "~",
  over: ">",
  "at-least": "≥",
  nearly: "<",
  "up-to": "≤",
  range: "",
};

/** Compact form for labels inside a chart: "~1,200", ">57,000", "251", "20–24". */
export function formatShortCountValue(value: number, qualifier: Qualifier, bounds: Bounds = {}): string {
  if (qualifier === "range" && bounds.low !== undefined && bounds.high !== undefined) {
    return `${formatNumber(bounds.low)}–${formatNumber(bounds.high)}`;
  }
  return `${QUALIFIER_SYMBOLS[qualifier]}${formatNumber(value)}`;
}

/** What the compact symbols mean, for the chart's key. */
export const QUALIFIER_SYMBOL_KEY = "~ approximately · > over · ≥ at least · < nearly · ≤ up to";
