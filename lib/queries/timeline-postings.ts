import type { ActorTree } from "../actors/actor-tree";
import type { TimelineEntry, TimelineType } from "../schema/timeline-entry";

/** Timeline positions in ascending order (newest first), each at most once. */
export type Postings = readonly number[];

/**
 * For each value a filter can take, the timeline positions that match it, so a filter intersects a few
 * short lists instead of testing every entry. An actor's list holds every entry naming it or anyone
 * below it (an organisation's people and bodies), as the `actor=` filter means.
 */
export type TimelinePostings = {
  actor: ReadonlyMap<string, Postings>;
  type: ReadonlyMap<TimelineType, Postings>;
  /** By `YYYY-MM`. */
  month: ReadonlyMap<string, Postings>;
  proposal: ReadonlyMap<string, Postings>;
};

/**
 * Adds `position` to `key`'s list unless it is there already. Positions arrive in ascending order, so a
 * repeat (two of an entry's actors in one organisation) is always the last one added: no set per entry.
 */
function append<K>(lists: Map<K, number[]>, key: K, position: number) {
  const list = lists.get(key);
  if (!list) lists.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

export function buildPostings(timeline: readonly TimelineEntry[], tree: ActorTree): TimelinePostings {
  const actor = new Map<string, number[]>();
  const type = new Map<TimelineType, number[]>();
  const month = new Map<string, number[]>();
  const proposal = new Map<string, number[]>();
  timeline.forEach((entry, position) => {
    for (const id of entry.actorIds) for (const ancestor of tree.lineage(id)) append(actor, ancestor, position);
    append(type, entry.type, position);
    append(month, entry.date.slice(0, 7), position);
    for (const id of entry.proposalIds) append(proposal, id, position);
  });
  return { actor, type, month, proposal };
}
