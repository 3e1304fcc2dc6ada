import "server-only";
import type { FeedModel } from "../feeds/feed-model";
import { actorFeed, correctionsFeed, proposalFeed, timelineFeed } from "../feeds/record-feeds";
import type { SearchParams } from "../params/search-params";
import { listCorrections } from "./corrections-source";
import { getData } from "./dataset";

/** The feed of a timeline view (see `timelineFeed`). */
export function getTimelineFeed(params: SearchParams): FeedModel {
  return timelineFeed(getData(), params);
}

/** An actor's feed, or `undefined` for an unknown id. */
export function getActorFeed(id: string): FeedModel | undefined {
  return actorFeed(getData(), id);
}

/** A proposal's feed, or `undefined` for an unknown id. */
export function getProposalFeed(id: string): FeedModel | undefined {
  return proposalFeed(getData(), id);
}

/** The corrections feed. */
export function getCorrectionsFeed(): FeedModel {
  return correctionsFeed(getData(), listCorrections());
}
