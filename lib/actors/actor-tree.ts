import type { Actor } from "../schema/actor";

/**
 * Who belongs to whom, worked out once: the one place the `organisationId` chain is walked.
 * An organisation's filter, page and colour all include its people and bodies at any depth.
 */
export type ActorTree = {
  /** The actor, then each organisation above it, nearest first. */
  lineage(actorId: string): readonly string[];
  /** The organisation at the top of the chain (a spokesman → his state or group). */
  root(actorId: string): string;
  /** Actors whose `organisationId` is this one (its direct people and bodies), in data order. */
  members(actorId: string): readonly Actor[];
  /** The actor and every actor below it, at any depth. */
  family(actorId: string): ReadonlySet<string>;
};

/** The actor, then each organisation above it, nearest first; never loops, whatever data it is given. */
export function walkLineage(actorId: string, actors: ReadonlyMap<string, Actor>): string[] {
  const lineage: string[] = [];
  for (let current: string | undefined = actorId; current && !lineage.includes(current); current = actors.get(current)?.organisationId) {
    lineage.push(current);
  }
  return lineage;
}

export function buildActorTree(actors: ReadonlyMap<string, Actor>): ActorTree {
  const lineages = new Map<string, string[]>();
  const members = new Map<string, Actor[]>();
  const families = new Map<string, Set<string>>();

  const lineageOf = (actorId: string): string[] => {
    const known = lineages.get(actorId);
    if (known) return known;
    const lineage = walkLineage(actorId, actors);
    lineages.set(actorId, lineage);
    return lineage;
  };

  for (const actor of actors.values()) {
    if (actor.organisationId) {
      const list = members.get(actor.organisationId) ?? [];
      list.push(actor);
      members.set(actor.organisationId, list);
    }
    for (const ancestor of lineageOf(actor.id)) {
      const family = families.get(ancestor) ?? new Set<string>();
      family.add(actor.id);
      families.set(ancestor, family);
    }
  }

  return {
    lineage: lineageOf,
    root: (actorId) => lineageOf(actorId).at(-1) ?? actorId,
    members: (actorId) => members.get(actorId) ?? [],
    family: (actorId) => families.get(actorId) ?? new Set([actorId]),
  };
}
