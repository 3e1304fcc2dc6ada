import type { Actor } from "../schema/actor";
import { normaliseForMatch } from "../text/normalise-text";
import type { TimelineEntry, TimelineType } from "./timeline-entry";

/** What the timeline can be narrowed by; every field optional, all applied together (AND). */
export type TimelineFilter = {
  actorIds?: readonly string[];
  types?: readonly TimelineType[];
  /** Inclusive bounds, YYYY-MM-DD. */
  from?: string;
  to?: string;
  q?: string;
};

/** The actor and the organisations above it, so filtering by "hamas" also finds its spokesman. */
export function actorLineage(actorId: string, actors: ReadonlyMap<string, Actor>): string[] {
  const lineage: string[] = [];
  let current: string | undefined = actorId;
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    current = actors.get(current)?.organisationId;
  }
  return lineage;
}

export function matchesActors(entry: TimelineEntry, actorIds: readonly string[], actors: ReadonlyMap<string, Actor>): boolean {
  if (actorIds.length === 0) return true;
  const wanted = new Set(actorIds);
  return entry.actorIds.some((id) => actorLineage(id, actors).some((ancestor) => wanted.has(ancestor)));
}

export function matchesTypes(entry: TimelineEntry, types: readonly TimelineType[]): boolean {
  return types.length === 0 || types.includes(entry.type);
}

export function matchesDateRange(entry: TimelineEntry, from?: string, to?: string): boolean {
  return (!from || entry.date >= from) && (!to || entry.date <= to);
}

/** Case-, accent- and quote-style-insensitive form used for free-text search. */
export function foldForSearch(text: string): string {
  return normaliseForMatch(text).normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** Folded search text per entry, per actor map: entries and actors are fixed for a process's life. */
const haystacks = new WeakMap<ReadonlyMap<string, Actor>, WeakMap<TimelineEntry, string>>();

/** Everything free-text search looks at for one entry, folded; worked out once per entry, not per query. */
function haystackOf(entry: TimelineEntry, actors: ReadonlyMap<string, Actor>): string {
  let byEntry = haystacks.get(actors);
  if (!byEntry) {
    byEntry = new WeakMap();
    haystacks.set(actors, byEntry);
  }
  let haystack = byEntry.get(entry);
  if (haystack === undefined) {
    haystack = foldForSearch(
      [
        entry.title,
        entry.summary,
        entry.quotation ?? "",
        ...entry.sources.map((s) => s.quote),
        ...entry.actorIds.flatMap((id) => {
          const actor = actors.get(id);
          return actor ? [actor.name, actor.shortName, ...actor.aliases] : [id];
        }),
      ].join(" \u0000 "),
    );
    byEntry.set(entry, haystack);
  }
  return haystack;
}

/** The folded words of the last query, since matchesText is called with the same query for every entry. */
let lastQuery: { q: string; words: string[] } | undefined;

function queryWords(q: string): string[] {
  if (lastQuery?.q !== q) lastQuery = { q, words: foldForSearch(q).split(" ").filter(Boolean) };
  return lastQuery.words;
}

/** Every word of the query must appear somewhere in the entry's text, quotes or actor names. */
export function matchesText(entry: TimelineEntry, q: string | undefined, actors: ReadonlyMap<string, Actor>): boolean {
  const words = q ? queryWords(q) : [];
  if (words.length === 0) return true;
  const haystack = haystackOf(entry, actors);
  return words.every((word) => haystack.includes(word));
}

export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
  actors: ReadonlyMap<string, Actor>,
): TimelineEntry[] {
  return entries.filter(
    (entry) =>
      matchesTypes(entry, filter.types ?? []) &&
      matchesDateRange(entry, filter.from, filter.to) &&
      matchesActors(entry, filter.actorIds ?? [], actors) &&
      matchesText(entry, filter.q, actors),
  );
}
