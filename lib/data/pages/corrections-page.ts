import { countNoun } from "../../format/words";
import { CORRECTIONS_FEED } from "../../feeds/feed-model";
import { correctionsHref } from "../../params/corrections-params";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import { correctionView, retiredNotice, type CorrectionView, type RetiredNotice } from "../../queries/correction-views";
import { correctionsLogModel } from "../../queries/corrections-log";
import type { PageSlice } from "../../queries/paginate";
import type { CorrectionRecordKind } from "../../schema/correction";
import type { PageMetadataInput } from "../../site-metadata";
import { getData } from "../dataset";

export type CorrectionsPageProps = {
  /** The corrections on this page, newest first. */
  corrections: CorrectionView[];
  /** "169 corrections": in the whole log. */
  countText: string;
  notices: ParamNotice[];
  slice: Pick<PageSlice<unknown>, "page" | "pageCount" | "first" | "last" | "total">;
  /** The view's query (`p=2`, `entry=<id>` or empty), which the fragment script watches for changes of view. */
  query: string;
};

/** One page of `/corrections`, newest first, for a URL's `p` (or `entry`). */
export function getCorrectionsPage(params: SearchParams): CorrectionsPageProps {
  const index = getData();
  const { notices, slice, query } = correctionsLogModel(index.corrections, params);
  return {
    corrections: slice.items.map((correction) => correctionView(correction, index)),
    countText: countNoun(slice.total, "correction", "corrections"),
    notices,
    slice: { page: slice.page, pageCount: slice.pageCount, first: slice.first, last: slice.last, total: slice.total },
    query,
  };
}

const CORRECTIONS_DESCRIPTION =
  "Every fix to a record on Ceasefire Tracker, newest first: what the record said, what it says now, why, and the passages of the article that show it.";

/** Title and canonical path of a page of the log: page 1 is `/corrections` itself. */
export function getCorrectionsMetadata(params: SearchParams): PageMetadataInput {
  const { slice } = correctionsLogModel(getData().corrections, params);
  return {
    title: slice.page > 1 ? `Corrections, page ${slice.page} of ${slice.pageCount}` : "Corrections",
    description: CORRECTIONS_DESCRIPTION,
    path: correctionsHref({ page: slice.page }),
    feed: CORRECTIONS_FEED,
  };
}

/** The notice a merged or removed record's permalink shows, or `undefined` for any other id. */
export function getRetiredNotice(kind: CorrectionRecordKind, id: string): RetiredNotice | undefined {
  return retiredNotice(getData(), kind, id);
}

/** Title and description of a merged or removed record's permalink, or `undefined` for any other id. */
export function getRetiredNoticeMetadata(kind: CorrectionRecordKind, id: string, path: string): PageMetadataInput | undefined {
  const notice = getRetiredNotice(kind, id);
  if (!notice) return undefined;
  const { correction } = notice;
  const what = correction.mergedInto ? `merged into “${correction.mergedInto.label}”` : "removed";
  return {
    title: `${notice.kindLabel[0]!.toUpperCase()}${notice.kindLabel.slice(1)} ${what}`,
    description: `Corrected on ${correction.dateText}: this ${notice.kindLabel} was ${what}. ${correction.reason}`,
    path,
  };
}
