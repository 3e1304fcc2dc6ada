/**
 * A published correction as the corrections feed needs it: the fields of `CorrectionView`
 * (lib/queries/correction-views.ts) the feed reads, so the feed's tests can build one by hand.
 */
export type FeedCorrection = {
  id: string;
  /** The day the fix landed, YYYY-MM-DD. */
  date: string;
  /** Its lasting entry on `/corrections` (`/corrections#<id>`), which is also the feed item's id. */
  href: string;
  record: { kindLabel: string; label: string; href: string };
  actionLabel: string;
  field?: string;
  categoryLabel: string;
  reason: string;
};
