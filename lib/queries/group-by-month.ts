import { formatMonth } from "../format/format-date";

export type MonthGroup<T> = {
  /** `YYYY-MM`, also the group's anchor. */
  month: string;
  /** "June 2025". */
  label: string;
  entries: T[];
};

/** Groups consecutive entries by calendar month, keeping the order they come in (newest or oldest first). */
export function groupByMonth<T extends { date: string }>(entries: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const current = groups.at(-1);
    if (current?.month === month) current.entries.push(entry);
    else groups.push({ month, label: formatMonth(`${month}-01`), entries: [entry] });
  }
  return groups;
}
