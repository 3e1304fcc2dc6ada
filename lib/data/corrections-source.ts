import type { FeedCorrection } from "../feeds/feed-correction";
import { allCorrectionViews } from "../queries/correction-views";
import { getData } from "./dataset";

/** Every correction, newest first: the one place the corrections feed reads them. */
export function listCorrections(): FeedCorrection[] {
  return allCorrectionViews(getData());
}
