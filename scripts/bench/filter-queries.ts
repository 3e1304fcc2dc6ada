// The "typical filters" the benchmark times: what a reader of /timeline does most, built from the data
// itself so they select something at every scale.
import type { DatasetIndex } from "../../lib/queries/dataset-index";
import type { TimelineFilter } from "../../lib/queries/filter-timeline";
import { shiftDate } from "./synthetic-dataset";

export type NamedFilter = { name: string; filter: TimelineFilter };

export function typicalFilters(index: DatasetIndex): NamedFilter[] {
  // The first party organisation (e.g. Israel), as the actor filter links on the site use.
  const party = index.dataset.actors.find((a) => a.role === "party" && !a.organisationId) ?? index.dataset.actors[0]!;
  const newest = index.timeline[0]?.date ?? "2025-01-01";
  const from = shiftDate(newest, 90);
  return [
    { name: `actor=${party.id}`, filter: { actorIds: [party.id] } },
    { name: "type=statement", filter: { types: ["statement"] } },
    { name: "type=talks&type=proposal", filter: { types: ["talks", "proposal"] } },
    { name: `from=${from}&to=${newest} (last 90 days)`, filter: { from, to: newest } },
    { name: "q=ceasefire", filter: { q: "ceasefire" } },
    { name: "q=hostage release", filter: { q: "hostage release" } },
    {
      name: `all combined (actor, type, dates, q)`,
      filter: { actorIds: [party.id], types: ["statement", "talks"], from: shiftDate(newest, 365), to: newest, q: "talks" },
    },
  ];
}
