import type { DatePrecision } from "../schema/primitives";

// Dates in the data are calendar days (YYYY-MM-DD) with no time of day or zone: they are formatted as UTC
// days with shared Intl formatters, built once (formatting every figure and entry on each start with
// date-fns' parseISO + format cost about 60 µs a date).
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** Three-letter months for the short form (en-GB's Intl writes "Sept", the site has always written "Sep"). */
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** Midnight UTC of a `YYYY-MM-DD` day (a `YYYY-MM` month is its first day). */
function utcDay(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)) || 1);
}

/** A fact's date as precise as the sources allow: "25 June 2025", "c. 24 June 2025", "June 2025". */
export function formatFactDate(fact: {
  date: string;
  precision: DatePrecision;
  dateLabel?: string | undefined;
  earliest?: string | undefined;
  latest?: string | undefined;
}): string {
  if (fact.dateLabel) return fact.dateLabel;
  switch (fact.precision) {
    case "range":
      // "Between 18 March and 25 June 2025": both ends, as the text bounds it.
      return fact.earliest && fact.latest
        ? `Between ${DAY.format(utcDay(fact.earliest))} and ${DAY.format(utcDay(fact.latest))}`
        : DAY.format(utcDay(fact.date));
    case "day":
      return DAY.format(utcDay(fact.date));
    case "approximate":
      return `c. ${DAY.format(utcDay(fact.date))}`;
    case "month":
      return MONTH.format(utcDay(fact.date));
    case "year":
      return fact.date.slice(0, 4);
  }
}

/** Short form for compact places (chips, chart axes): "25 Jun 2025". */
export function formatShortDate(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10)) || 1} ${SHORT_MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

/** Month heading for timeline groups: "June 2025". */
export function formatMonth(isoDate: string): string {
  return MONTH.format(utcDay(isoDate));
}
