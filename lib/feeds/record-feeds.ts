import type { FeedCorrection } from "./feed-correction";
import { entryFeedSubtitle, FEED_SIZE } from "./feed-size";
import { newestDay, type FeedEntry, type FeedModel } from "./feed-model";
import { timelineFeedEntry } from "./timeline-feed-entry";
import type { SearchParams } from "../params/search-params";
import { timelineHref, timelineQuery } from "../params/timeline-href";
import type { DatasetIndex } from "../queries/dataset-index";
import { timelineDescription, timelineTitle } from "../queries/describe-timeline-view";
import { timelinePageModel } from "../queries/timeline-page-model";

/** The dataset's newest day: a feed with no entries is as new as the data. */
function dataUpdated(index: DatasetIndex): string {
  return index.timeline[0]?.date ?? "1970-01-01";
}

/**
 * The feed of a timeline view: exactly the entries `/timeline?<same query>` shows (one page, parsed,
 * filtered and paged by the page's own model), newest first. Parameters the page would ignore are
 * ignored here too, and the subtitle says so, as the page's notices do.
 */
export function timelineFeed(index: DatasetIndex, params: SearchParams): FeedModel {
  const model = timelinePageModel(index, params);
  const shown = model.view.order === "oldest" ? [...model.slice.items].reverse() : model.slice.items;
  const entries = shown.map((entry) => timelineFeedEntry(entry, index));
  return {
    title: timelineTitle(model.view, index.actors),
    subtitle: timelineDescription(model.view, index.actors, { matched: model.matches.length, total: model.total }),
    pagePath: timelineHref(model.view),
    feedPath: "/timeline/feed",
    query: timelineQuery(model.view),
    updated: newestDay(entries.map((entry) => entry.updated), dataUpdated(index)),
    entries,
    notices: model.notices.map((notice) => notice.message),
  };
}

/** The newest `FEED_SIZE` entries at some timeline positions (ascending positions are newest first). */
function entriesAt(index: DatasetIndex, positions: readonly number[] | undefined): FeedEntry[] {
  return (positions ?? []).slice(0, FEED_SIZE).map((position) => timelineFeedEntry(index.timeline[position]!, index));
}

function recordFeed(index: DatasetIndex, path: string, title: string, entries: FeedEntry[], total: number): FeedModel {
  return {
    title,
    subtitle: entryFeedSubtitle(entries.length, total),
    pagePath: path,
    feedPath: `${path}/feed`,
    query: "",
    updated: newestDay(entries.map((entry) => entry.updated), dataUpdated(index)),
    entries,
    notices: [],
  };
}

/** `/actors/<id>/feed.*`: what the actor (and its people and bodies) did, said or reported, newest first. */
export function actorFeed(index: DatasetIndex, id: string): FeedModel | undefined {
  const actor = index.actors.get(id);
  if (!actor) return undefined;
  const positions = index.postings.actor.get(id);
  return recordFeed(index, `/actors/${id}`, actor.name, entriesAt(index, positions), positions?.length ?? 0);
}

/** `/proposals/<id>/feed.*`: the events, statements and figures that name the proposal, newest first. */
export function proposalFeed(index: DatasetIndex, id: string): FeedModel | undefined {
  const proposal = index.proposals.get(id);
  if (!proposal) return undefined;
  const positions = index.postings.proposal.get(id);
  return recordFeed(index, `/proposals/${id}`, proposal.title, entriesAt(index, positions), positions?.length ?? 0);
}

/** `/corrections/feed.*`: the latest corrections, newest first, each an item of its own. */
export function correctionsFeed(index: DatasetIndex, corrections: readonly FeedCorrection[]): FeedModel {
  const entries = corrections.slice(0, FEED_SIZE).map(
    (correction): FeedEntry => ({
      path: correction.href,
      title: `${correction.actionLabel} ${correction.record.kindLabel}: ${correction.record.label}`,
      summary: `${correction.categoryLabel}${correction.field ? ` (${correction.field})` : ""}. ${correction.reason}`,
      sources: [],
      authors: [],
      published: correction.date,
      updated: correction.date,
    }),
  );
  return { ...recordFeed(index, "/corrections", "Corrections", entries, corrections.length), subtitle: `${entryFeedSubtitle(entries.length, corrections.length)} Each is a published fix to a record.` };
}
