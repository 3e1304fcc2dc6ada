import type { Actor, ActorRole } from "../schema/actor";

export const ACTOR_GROUPS = [
  { key: "parties", label: "Parties to the conflict", roles: ["party"] },
  { key: "mediators", label: "Mediators", roles: ["mediator"] },
  { key: "international", label: "International bodies", roles: ["international"] },
  { key: "others", label: "Others quoted or cited", roles: ["reporter", "other"] },
] as const satisfies readonly { key: string; label: string; roles: readonly ActorRole[] }[];
export type ActorGroupKey = (typeof ACTOR_GROUPS)[number]["key"];

/** An actor with the people and bodies that belong to it, nested. */
export type ActorTree = { actor: Actor; members: ActorTree[] };
export type ActorGroup = { key: ActorGroupKey; label: string; actors: ActorTree[] };

/**
 * Top-level actors (no known organisation) grouped by their role, each with its members under it.
 * A member sits under its organisation whatever its own role, so a spokesman appears with his state.
 * Order within a level follows the data file, which lists the principal actors first.
 */
export function groupActors(actors: readonly Actor[]): ActorGroup[] {
  const ids = new Set(actors.map((a) => a.id));
  const childrenOf = new Map<string, Actor[]>();
  for (const actor of actors) {
    if (actor.organisationId && ids.has(actor.organisationId) && actor.organisationId !== actor.id) {
      const children = childrenOf.get(actor.organisationId);
      if (children) children.push(actor);
      else childrenOf.set(actor.organisationId, [actor]);
    }
  }
  const tree = (actor: Actor, seen: ReadonlySet<string>): ActorTree => ({
    actor,
    // `seen` guards against an organisation cycle in hand-written data.
    members: (childrenOf.get(actor.id) ?? []).filter((m) => !seen.has(m.id)).map((m) => tree(m, new Set([...seen, m.id]))),
  });
  const isRoot = (a: Actor) => !a.organisationId || !ids.has(a.organisationId) || a.organisationId === a.id;
  const placed = new Set<string>();
  const place = (node: ActorTree): void => {
    placed.add(node.actor.id);
    node.members.forEach(place);
  };
  actors.filter(isRoot).forEach((a) => place(tree(a, new Set([a.id]))));
  // Actors caught in an organisation cycle have no root above them; list them at the top level.
  const roots = actors.filter((a) => isRoot(a) || !placed.has(a.id));
  return ACTOR_GROUPS.map((group) => ({
    key: group.key,
    label: group.label,
    actors: roots.filter((a) => (group.roles as readonly ActorRole[]).includes(a.role)).map((a) => tree(a, new Set([a.id]))),
  })).filter((group) => group.actors.length > 0);
}
