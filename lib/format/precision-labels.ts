import type { DatePrecision } from "../schema/primitives";

/** What a date's precision tells the reader about how well the sources fix it. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: "Exact day given or fixed by the text",
  approximate: "Approximate: within a few days",
  month: "Only the month is known",
  year: "Only the year is known",
};
