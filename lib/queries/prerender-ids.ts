import type { DatasetIndex } from "./dataset-index";
import { orderProposals } from "./proposal-order";

/**
 * Which permalink pages the build renders ahead of time: the newest few of each kind, so the build does
 * not grow with the data. Every other page renders on its first request and is then served from cache.
 */

/** The newest `limit` events, newest first. */
export function newestEventIds(index: Pick<DatasetIndex, "timeline">, limit: number): string[] {
  const ids: string[] = [];
  for (const entry of index.timeline) {
    if (ids.length >= limit) break;
    if (entry.kind === "event") ids.push(entry.id);
  }
  return ids;
}

/** The `limit` most recently active actors (newest entry naming them or their people), then the rest in data order. */
export function newestActorIds(index: Pick<DatasetIndex, "dataset" | "postings">, limit: number): string[] {
  // Posting lists hold timeline positions newest first: a lower first position is more recent activity.
  const latest = (id: string) => index.postings.actor.get(id)?.[0] ?? Number.POSITIVE_INFINITY;
  return index.dataset.actors
    .map((actor, order) => ({ id: actor.id, latest: latest(actor.id), order }))
    .sort((a, b) => a.latest - b.latest || a.order - b.order)
    .slice(0, limit)
    .map((actor) => actor.id);
}

/** The `limit` most recently published articles, newest first. */
export function newestArticleIds(index: Pick<DatasetIndex, "articlesByDate">, limit: number): string[] {
  return index.articlesByDate.slice(0, limit).map((article) => article.id);
}

/** The `limit` latest proposals, newest first. */
export function newestProposalIds(index: Pick<DatasetIndex, "dataset">, limit: number): string[] {
  return orderProposals(index.dataset.proposals)
    .reverse()
    .slice(0, limit)
    .map((proposal) => proposal.id);
}
