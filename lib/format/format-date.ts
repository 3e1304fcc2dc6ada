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

const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Two days joined by `word`, the month and year said once where they are shared: "18 March and 25 June 2025",
 * "25 or 26 June 2025", "31 December 2024 or 1 January 2025". `isShort` gives "25 or 26 Jun 2025".
 */
export function formatDaySpan(first: string, last: string, word: "and" | "or", { isShort = false } = {}): string {
  const part = (isoDate: string) => {
    const month = LONG_MONTHS[Number(isoDate.slice(5, 7)) - 1] ?? "";
    // The site's short months are the first three letters ("Jun", "Sep").
    return { day: Number(isoDate.slice(8, 10)), month: isShort ? month.slice(0, 3) : month, year: isoDate.slice(0, 4) };
  };
  const a = part(first);
  const b = part(last);
  const start = a.year !== b.year ? `${a.day} ${a.month} ${a.year}` : a.month !== b.month ? `${a.day} ${a.month}` : `${a.day}`;
  return `${start} ${word} ${b.day} ${b.month} ${b.year}`;
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
        ? `Between ${formatDaySpan(fact.earliest, fact.latest, "and")}`
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

/**
 * The machine-readable `dateTime` of a `<time>` showing a fact's date, no more precise than the text: a
 * month is "2025-05", a year "2025". HTML has no form for a range, so a range gives its earliest day,
 * the date it sorts by (the visible text says both ends).
 */
export function factDateTime(fact: { date: string; precision: DatePrecision; earliest?: string | undefined }): string {
  switch (fact.precision) {
    case "month":
      return fact.date.slice(0, 7);
    case "year":
      return fact.date.slice(0, 4);
    case "range":
      return fact.earliest ?? fact.date;
    default:
      return fact.date;
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
