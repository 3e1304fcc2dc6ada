import type { FeedCorrection } from "../feeds/feed-correction";

/**
 * Every correction, newest first: the one place the corrections feed reads them. Corrections land with
 * branch `corr`; until then there are none. To wire it: `return allCorrectionViews(getData());`
 * (lib/queries/correction-views.ts; `CorrectionView` has every field `FeedCorrection` names).
 */
export function listCorrections(): FeedCorrection[] {
  return [];
}
