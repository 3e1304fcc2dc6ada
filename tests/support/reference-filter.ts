// A plain scan of every entry, written independently of the indexed filter in lib/queries, so tests can
// check the index's answers against it (and browser tests can know what a view should show).
import type { Actor } from "@/lib/schema/actor";
import type { TimelineEntry } from "@/lib/schema/timeline-entry";
import type { TimelineFilter } from "@/lib/queries/filter-timeline";

/** Lower case, accents and curly quotes folded, white space runs as one space. */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function ancestors(actorId: string, actors: ReadonlyMap<string, Actor>): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = actorId; id && !chain.includes(id); id = actors.get(id)?.organisationId) chain.push(id);
  return chain;
}

export function referenceFilter(entries: readonly TimelineEntry[], filter: TimelineFilter, actors: ReadonlyMap<string, Actor>): TimelineEntry[] {
  const words = filter.q ? fold(filter.q).split(" ").filter(Boolean) : [];
  return entries.filter((entry) => {
    if (filter.types?.length && !filter.types.includes(entry.type)) return false;
    if (filter.from && entry.date < filter.from) return false;
    if (filter.to && entry.date > filter.to) return false;
    if (filter.actorIds?.length && !entry.actorIds.some((id) => ancestors(id, actors).some((a) => filter.actorIds!.includes(a)))) return false;
    if (words.length === 0) return true;
    const names = entry.actorIds.flatMap((id) => {
      const actor = actors.get(id);
      return actor ? [actor.name, actor.shortName, ...actor.aliases] : [id];
    });
    const text = fold([entry.title, entry.summary, entry.quotation ?? "", ...entry.sources.map((s) => s.quote), ...names].join(" \u0000 "));
    return words.every((word) => text.includes(word));
  });
}
