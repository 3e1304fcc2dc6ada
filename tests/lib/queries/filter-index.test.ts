import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { buildIndex } from "@/lib/queries/dataset-index";
import { filterTimeline, type TimelineFilter } from "@/lib/queries/filter-timeline";
import { TimelineTypeSchema } from "@/lib/schema/timeline-entry";
import { referenceFilter } from "../../support/reference-filter";

// The indexed filter must answer exactly as a plain scan of every entry does, on the real data.
const index = buildIndex(loadDataset(path.join(process.cwd(), "data")));

/** Small deterministic generator, so a failure names a filter that can be rerun. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function pick<T>(next: () => number, items: readonly T[], most: number): T[] {
  const count = Math.floor(next() * (most + 1));
  return Array.from({ length: count }, () => items[Math.floor(next() * items.length)]!);
}

describe("indexed filter against a plain scan", () => {
  const actorIds = [...index.actors.keys(), "no-such-actor"];
  const dates = [...new Set(index.timeline.map((e) => e.date))];
  const words = ["ceasefire", "hostage", "HOSTAGES", "qatar", "negotiat", "al-ansari", "“", "said", "zebra", "Doha talks", "é", "7"];
  const next = random(20261129);
  const filters: TimelineFilter[] = Array.from({ length: 400 }, () => {
    const [from, to] = pick(next, dates, 2).sort();
    return {
      actorIds: pick(next, actorIds, 3),
      types: pick(next, TimelineTypeSchema.options, 2),
      ...(from && next() < 0.5 ? { from } : {}),
      ...(to && next() < 0.5 ? { to } : {}),
      ...(next() < 0.4 ? { q: pick(next, words, 2).join(" ") } : {}),
    };
  });

  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))("%s", (_name, filter) => {
    const expected = referenceFilter(index.timeline, filter, index.actors).map((e) => e.id);
    expect(filterTimeline(index, filter).map((e) => e.id)).toEqual(expected);
  });

  it("finds something for most filters, so the comparison is not between empty lists", () => {
    const nonEmpty = filters.filter((filter) => referenceFilter(index.timeline, filter, index.actors).length > 0);
    expect(nonEmpty.length).toBeGreaterThan(filters.length / 4);
  });
});
