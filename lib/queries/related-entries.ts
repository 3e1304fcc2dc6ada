import { differenceInCalendarDays, parseISO } from "date-fns";
import type { DatasetIndex } from "./dataset-index";
import type { TimelineEntry } from "../schema/timeline-entry";

/** Sharing a proposal ties two entries more closely than sharing one actor among several. */
const PROPOSAL_WEIGHT = 3;
const ACTOR_WEIGHT = 1;
export const RELATED_LIMIT = 6;

export type RelatedEntry = { entry: TimelineEntry; score: number; sharedActorIds: string[]; sharedProposalIds: string[] };

/**
 * Events and statements that share actors or proposals with an event, best first: by shared proposals
 * and actors (weighted), then nearest in time, then id for a stable order. Entries already linked to the
 * event (its statements) are left out, since the event page lists them on their own.
 */
export function relatedEntries(
  eventId: string,
  index: Pick<DatasetIndex, "events" | "statements" | "timeline" | "postings">,
  limit = RELATED_LIMIT,
): RelatedEntry[] {
  const event = index.events.get(eventId);
  if (!event) return [];
  const actorIds = new Set(event.actorIds);
  const proposalIds = new Set(event.proposalIds);
  const eventDate = parseISO(event.date);
  // Only entries on a shared actor's or proposal's posting list can score: read those, not the timeline.
  const positions = new Set<number>();
  for (const id of actorIds) for (const position of index.postings.actor.get(id) ?? []) positions.add(position);
  for (const id of proposalIds) for (const position of index.postings.proposal.get(id) ?? []) positions.add(position);
  const candidates = [...positions].flatMap((position): (RelatedEntry & { distance: number })[] => {
    const entry = index.timeline[position];
    if (!entry) return [];
    if (entry.id === eventId || entry.kind === "figure") return [];
    if (entry.kind === "statement" && index.statements.get(entry.id)?.eventId === eventId) return [];
    const sharedActorIds = entry.actorIds.filter((id) => actorIds.has(id));
    const sharedProposalIds = entry.proposalIds.filter((id) => proposalIds.has(id));
    const score = sharedProposalIds.length * PROPOSAL_WEIGHT + sharedActorIds.length * ACTOR_WEIGHT;
    if (score === 0) return [];
    const distance = Math.abs(differenceInCalendarDays(parseISO(entry.date), eventDate));
    return [{ entry, score, sharedActorIds, sharedProposalIds, distance }];
  });
  return candidates
    .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.entry.id < b.entry.id ? -1 : 1))
    .slice(0, limit)
    .map(({ entry, score, sharedActorIds, sharedProposalIds }) => ({ entry, score, sharedActorIds, sharedProposalIds }));
}
