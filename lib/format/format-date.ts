import { format, parseISO } from "date-fns";
import type { DatePrecision } from "../schema/primitives";

/** A fact's date as precise as the sources allow: "25 June 2025", "c. 24 June 2025", "June 2025". */
export function formatFactDate(fact: { date: string; precision: DatePrecision; dateLabel?: string }): string {
  if (fact.dateLabel) return fact.dateLabel;
  const date = parseISO(fact.date);
  switch (fact.precision) {
    case "day":
      return format(date, "d MMMM yyyy");
    case "approximate":
      return `c. ${format(date, "d MMMM yyyy")}`;
    case "month":
      return format(date, "MMMM yyyy");
    case "year":
      return format(date, "yyyy");
  }
}

/** Short form for compact places (chips, chart axes): "25 Jun 2025". */
export function formatShortDate(isoDate: string): string {
  return format(parseISO(isoDate), "d MMM yyyy");
}

/** Month heading for timeline groups: "June 2025". */
export function formatMonth(isoDate: string): string {
  return format(parseISO(isoDate), "MMMM yyyy");
}
