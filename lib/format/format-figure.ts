import type { Qualifier } from "../schema/count";
import { formatNumber } from "./words";

const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  exact: "",
  approximately: "~",
  over: ">",
  "at-least": "≥",
};

/** Compact form for labels inside a chart: "~1,200", ">57,000", "251". */
export function formatShortCountValue(value: number, qualifier: Qualifier): string {
  return `${QUALIFIER_SYMBOLS[qualifier]}${formatNumber(value)}`;
}

/** What the compact symbols mean, for the chart's key. */
export const QUALIFIER_SYMBOL_KEY = "~ approximately · > over · ≥ at least";
