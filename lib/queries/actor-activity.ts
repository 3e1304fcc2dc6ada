import type { Actor } from "../schema/actor";
import type { DatasetIndex } from "./dataset-index";
import { actorLineage } from "./filter-timeline";
import type { TimelineEntry } from "./timeline-entry";

/** How an actor (or one of its people) figures in an entry. */
export type ActivityRelation = "took-part" | "spoke" | "spoken-for" | "reported";

export type ActorActivityItem = {
  entry: TimelineEntry;
  relations: ActivityRelation[];
  /** Members of the actor (people, sub-bodies) through whom the entry concerns it; empty when direct. */
  viaIds: string[];
};

type ActivityIndex = Pick<DatasetIndex, "actors" | "timeline" | "events" | "statements" | "counts">;

/** The actor and every actor below it (its people and sub-bodies, at any depth). */
export function actorFamily(actorId: string, actors: ReadonlyMap<string, Actor>): Set<string> {
  const family = new Set<string>();
  for (const id of actors.keys()) if (actorLineage(id, actors).includes(actorId)) family.add(id);
  family.add(actorId);
  return family;
}

/** Actors whose `organisationId` is this one (its direct people and bodies). */
export function actorMembers(actorId: string, actors: ReadonlyMap<string, Actor>): Actor[] {
  return [...actors.values()].filter((actor) => actor.organisationId === actorId);
}

/**
 * Everything an actor did, said or reported, oldest first: events it took part in, statements it made
 * or that were made on its behalf, and figures it reported. For an organisation this includes its
 * people's, the same rule as the timeline's `actor=` filter, so the two lists agree.
 */
export function actorActivity(actorId: string, index: ActivityIndex): ActorActivityItem[] {
  const family = actorFamily(actorId, index.actors);
  const items: ActorActivityItem[] = [];
  for (const entry of [...index.timeline].reverse()) {
    const relations: ActivityRelation[] = [];
    const via = new Set<string>();
    const involve = (id: string | undefined, relation: ActivityRelation) => {
      if (!id || !family.has(id)) return;
      if (!relations.includes(relation)) relations.push(relation);
      if (id !== actorId) via.add(id);
    };
    if (entry.kind === "event") {
      index.events.get(entry.id)?.actorIds.forEach((id) => involve(id, "took-part"));
    } else if (entry.kind === "statement") {
      const statement = index.statements.get(entry.id);
      involve(statement?.speakerId, "spoke");
      // Speaking for oneself is not also "on behalf of"; a spokesman's statement is both for the organisation.
      if (statement && statement.actorId !== statement.speakerId) involve(statement.actorId, "spoken-for");
    } else {
      involve(index.counts.get(entry.id)?.reportedById, "reported");
    }
    if (relations.length > 0) items.push({ entry, relations, viaIds: [...via] });
  }
  return items;
}
