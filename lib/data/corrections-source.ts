import type { FeedCorrection } from "../feeds/feed-correction";
import { correctionPermalink } from "../params/corrections-params";
import { allCorrectionViews } from "../queries/correction-views";
import { getData } from "./dataset";

/** Every correction, newest first: the one place the corrections feed reads them. */
export function listCorrections(): FeedCorrection[] {
  // A feed item's address is its id: the lasting one, not the page that holds the entry today.
  return allCorrectionViews(getData()).map((correction) => ({ ...correction, href: correctionPermalink(correction.id) }));
}
