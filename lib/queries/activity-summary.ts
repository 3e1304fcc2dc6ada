import { countNoun, joinAnd } from "../format/words";
import type { TimelineEntry } from "../schema/timeline-entry";

type WithEntry = { entry: Pick<TimelineEntry, "kind" | "date"> };

const KIND_WORDS: readonly [TimelineEntry["kind"], string, string][] = [
  ["event", "event", "events"],
  ["statement", "statement", "statements"],
  ["figure", "reported figure", "reported figures"],
];

/** "2 events, 1 statement and 3 reported figures": how many of each kind, kinds with none left out. */
export function tallyActivity(items: readonly WithEntry[]): string {
  const tally = KIND_WORDS.flatMap(([kind, one, many]) => {
    const count = items.filter((item) => item.entry.kind === kind).length;
    return count > 0 ? [countNoun(count, one, many)] : [];
  });
  return joinAnd(tally);
}

export type YearGroup<T> = { year: string; items: T[] };

/** Items grouped by calendar year of their entry, keeping the order they come in. */
export function groupByYear<T extends WithEntry>(items: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.entry.date.slice(0, 4);
    const current = groups.at(-1);
    if (current?.year === year) current.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
