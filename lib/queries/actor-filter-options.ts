import type { Actor } from "../schema/actor";
import { actorColour, rootActorId } from "../theme/actor-palette";
import type { TimelineFacets } from "./timeline-facets";

/** Beyond this many actors the form lists the busiest ones (and any chosen), so the page stays small. */
export const MAX_ACTOR_OPTIONS = 60;

export type ActorFilterOption = {
  id: string;
  name: string;
  /** CSS colour from the actor palette. */
  colour: string;
  /** Entries the actor (with its people and bodies) appears in. */
  count: number;
  /** People and bodies belonging to this organisation, listed under it. */
  members: ActorFilterOption[];
};

export type ActorFilterGroup = { key: "parties" | "mediators" | "others"; label: string; options: ActorFilterOption[] };

export type ActorFilterOptions = {
  groups: ActorFilterGroup[];
  /** Actors with entries left out because of MAX_ACTOR_OPTIONS. */
  omitted: number;
};

const GROUPS: readonly Omit<ActorFilterGroup, "options">[] = [
  { key: "parties", label: "Parties" },
  { key: "mediators", label: "Mediators" },
  { key: "others", label: "Others" },
];

function groupKey(actor: Actor | undefined): ActorFilterGroup["key"] {
  if (actor?.role === "party") return "parties";
  if (actor?.role === "mediator") return "mediators";
  return "others";
}

function byCountThenName(a: ActorFilterOption, b: ActorFilterOption): number {
  return b.count - a.count || a.name.localeCompare(b.name, "en");
}

/**
 * Actors for the timeline's filter form, grouped into parties, mediators and others, each
 * organisation followed by its people and bodies. Actors without entries are left out unless chosen.
 * The chosen come first, then the busiest (`facets.actorsByCount`, ranked once with the index), up to
 * MAX_ACTOR_OPTIONS in all.
 */
export function actorFilterOptions(
  actors: ReadonlyMap<string, Actor>,
  { actorCounts: counts, actorsByCount }: Pick<TimelineFacets, "actorCounts" | "actorsByCount">,
  selected: readonly string[],
): ActorFilterOptions {
  const chosen = new Set(selected);
  const chosenIdle = [...actors.keys()].filter((id) => chosen.has(id) && (counts.get(id) ?? 0) === 0);
  const limit = Math.max(MAX_ACTOR_OPTIONS, chosen.size);
  const keptIds: string[] = actorsByCount.filter((id) => chosen.has(id));
  keptIds.push(...chosenIdle);
  for (let i = 0; i < actorsByCount.length && keptIds.length < limit; i += 1) {
    if (!chosen.has(actorsByCount[i]!)) keptIds.push(actorsByCount[i]!);
  }
  const kept = keptIds.slice(0, limit).map((id) => ({ actor: actors.get(id)! }));
  const keptSet = new Set(kept.map(({ actor }) => actor.id));

  const option = (actor: Actor): ActorFilterOption => ({
    id: actor.id,
    name: actor.name,
    colour: actorColour(actor.id, actors),
    count: counts.get(actor.id) ?? 0,
    members: [],
  });
  const options = new Map(kept.map(({ actor }) => [actor.id, option(actor)]));
  const topLevel: ActorFilterOption[] = [];
  for (const { actor } of kept) {
    const root = rootActorId(actor.id, actors);
    const parent = root !== actor.id && keptSet.has(root) ? options.get(root) : undefined;
    if (parent) parent.members.push(options.get(actor.id)!);
    else topLevel.push(options.get(actor.id)!);
  }
  for (const item of topLevel) item.members.sort(byCountThenName);

  const groups = GROUPS.map((group) => ({
    ...group,
    options: topLevel.filter((item) => groupKey(actors.get(rootActorId(item.id, actors))) === group.key).sort(byCountThenName),
  })).filter((group) => group.options.length > 0);
  return { groups, omitted: actorsByCount.length + chosenIdle.length - kept.length };
}
