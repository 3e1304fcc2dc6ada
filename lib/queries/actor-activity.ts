import type { DatasetIndex } from "./dataset-index";
import type { TimelineEntry } from "../schema/timeline-entry";

import type { ActivityRelation } from "../schema/derived-kinds";

export type { ActivityRelation } from "../schema/derived-kinds";

export type ActorActivityItem = {
  entry: TimelineEntry;
  relations: ActivityRelation[];
  /** Members of the actor (people, sub-bodies) through whom the entry concerns it; empty when direct. */
  viaIds: string[];
};

type ActivityIndex = Pick<DatasetIndex, "actorTree" | "postings" | "timeline" | "events" | "statements" | "counts">;

/**
 * Everything an actor did, said or reported, oldest first: events it took part in, statements it made
 * or that were made on its behalf, and figures it reported. For an organisation this includes its
 * people's, the same rule as the timeline's `actor=` filter, so the two lists agree.
 */
export function actorActivity(actorId: string, index: ActivityIndex): ActorActivityItem[] {
  const family = index.actorTree.family(actorId);
  const items: ActorActivityItem[] = [];
  // The actor's posting list holds exactly the entries naming it or its people, newest first.
  const positions = index.postings.actor.get(actorId) ?? [];
  for (let i = positions.length - 1; i >= 0; i -= 1) {
    const entry = index.timeline[positions[i]!]!;
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
