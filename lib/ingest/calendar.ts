/** Plain calendar arithmetic on `YYYY-MM-DD` strings, in UTC (article dates have no time zone). */
export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromIso(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const date = fromIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Last day of a month (1–12), the dataset's convention for a month-precision date. */
export function endOfMonth(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0, 12)));
}

export function isoOf(year: number, month: number, day: number): string {
  return toIso(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return fromIso(iso).getUTCDay();
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
