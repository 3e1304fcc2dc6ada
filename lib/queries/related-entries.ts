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
  if (!event || limit <= 0) return [];
  const actorIds = new Set(event.actorIds);
  const proposalIds = new Set(event.proposalIds);
  const eventDay = dayNumber(event.date);
  // The best `limit` kept in order as the candidates stream past: an actor on every page of the data
  // (tens of thousands of entries at benchmark scale) made sorting them all the page's longest step.
  const best: Ranked[] = [];
  // Many candidates share a date: each date is parsed once.
  const days = new Map<string, number>();
  const distanceTo = (date: string) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayNumber(date)));
    return Math.abs(day - eventDay);
  };
  // Only entries on a shared actor's or proposal's posting list can score: read those, not the timeline,
  // each once (a byte per entry marks those seen; cheaper than a Set of tens of thousands).
  const lists = [...[...actorIds].map((id) => index.postings.actor.get(id)), ...[...proposalIds].map((id) => index.postings.proposal.get(id))];
  const seen = new Uint8Array(index.timeline.length);
  for (const list of lists) for (const position of list ?? []) {
    if (seen[position] === 1) continue;
    seen[position] = 1;
    const entry = index.timeline[position];
    if (!entry) continue;
    if (entry.id === eventId || entry.kind === "figure") continue;
    if (entry.kind === "statement" && index.statements.get(entry.id)?.eventId === eventId) continue;
    const score = countIn(entry.proposalIds, proposalIds) * PROPOSAL_WEIGHT + countIn(entry.actorIds, actorIds) * ACTOR_WEIGHT;
    if (score === 0) continue;
    if (best.length === limit && score < best[limit - 1]!.score) continue;
    const candidate = { entry, score, distance: distanceTo(entry.date) };
    if (best.length === limit && byRelevance(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && byRelevance(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ entry, score }) => ({
    entry,
    score,
    sharedActorIds: entry.actorIds.filter((id) => actorIds.has(id)),
    sharedProposalIds: entry.proposalIds.filter((id) => proposalIds.has(id)),
  }));
}

type Ranked = { entry: TimelineEntry; score: number; distance: number };

function countIn(ids: readonly string[], wanted: ReadonlySet<string>): number {
  let count = 0;
  for (const id of ids) if (wanted.has(id)) count += 1;
  return count;
}

/** Days since 1970 of a `YYYY-MM-DD` date: calendar days apart are a subtraction. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** Best first: more shared (weighted), then nearer in time, then id for a stable order. */
function byRelevance(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.distance - b.distance || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
}
