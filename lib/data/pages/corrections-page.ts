import { countNoun } from "../../format/words";
import { CORRECTIONS_FEED } from "../../feeds/feed-model";
import { RECORD_KIND_PLURAL_LABELS } from "../../format/correction-labels";
import { correctionsHref } from "../../params/corrections-params";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import { correctionView, retiredNotice, type CorrectionView, type RetiredNotice } from "../../queries/correction-views";
import { correctionKindCounts, correctionsLogModel } from "../../queries/corrections-log";
import type { PageSlice } from "../../queries/paginate";
import { CorrectionRecordKindSchema, type CorrectionRecordKind } from "../../schema/correction";
import type { PageMetadataInput } from "../../site-metadata";
import { getData } from "../dataset";

/** One choice of the log's filter: every correction, or those to one kind of record. */
export type CorrectionKindOption = { label: string; count: number; href: string; isCurrent: boolean };

export type CorrectionsPageProps = {
  /** The corrections on this page, newest first. */
  corrections: CorrectionView[];
  /** The kind of record shown (none: every correction); what page links keep. */
  kind?: CorrectionRecordKind;
  /** "169 corrections", "22 corrections to events": all there are to show. */
  countText: string;
  /** "to events", when one kind of record is shown. */
  kindText?: string;
  /** Every correction, then each kind of record that has any. */
  kindOptions: CorrectionKindOption[];
  notices: ParamNotice[];
  slice: Pick<PageSlice<unknown>, "page" | "pageCount" | "first" | "last" | "total">;
  /** The view's query (`p=2`, `entry=<id>` or empty), which the fragment script watches for changes of view. */
  query: string;
};

/** "corrections to events": the kind in running text. */
const kindWords = (kind: CorrectionRecordKind) => `to ${RECORD_KIND_PLURAL_LABELS[kind].toLowerCase()}`;

/** One page of `/corrections`, newest first, for a URL's `kind` and `p` (or `entry`). */
export function getCorrectionsPage(params: SearchParams): CorrectionsPageProps {
  const index = getData();
  const { view, notices, slice, query } = correctionsLogModel(index.corrections, params);
  const kind = view.entry ? undefined : view.kind;
  const counts = correctionKindCounts(index.corrections);
  const kindOptions: CorrectionKindOption[] = [
    { label: "All", count: index.corrections.newestFirst.length, href: correctionsHref({}), isCurrent: kind === undefined },
    ...CorrectionRecordKindSchema.options
      .filter((option) => (counts.get(option) ?? 0) > 0 || option === kind)
      .map((option) => ({ label: RECORD_KIND_PLURAL_LABELS[option], count: counts.get(option) ?? 0, href: correctionsHref({ kind: option }), isCurrent: option === kind })),
  ];
  return {
    corrections: slice.items.map((correction) => correctionView(correction, index)),
    ...(kind ? { kind, kindText: kindWords(kind) } : {}),
    countText: `${countNoun(slice.total, "correction", "corrections")}${kind ? ` ${kindWords(kind)}` : ""}`,
    kindOptions,
    notices,
    slice: { page: slice.page, pageCount: slice.pageCount, first: slice.first, last: slice.last, total: slice.total },
    query,
  };
}

const CORRECTIONS_DESCRIPTION =
  "Every fix to a record on Ceasefire Tracker, newest first: what the record said, what it says now, why, and the passages of the article that show it.";

/** Title and canonical path of a page of the log: page 1 of every correction is `/corrections` itself. */
export function getCorrectionsMetadata(params: SearchParams): PageMetadataInput {
  const { view, slice } = correctionsLogModel(getData().corrections, params);
  const kind = view.entry ? undefined : view.kind;
  const title = `Corrections${kind ? ` ${kindWords(kind)}` : ""}`;
  return {
    title: slice.page > 1 ? `${title}, page ${slice.page} of ${slice.pageCount}` : title,
    description: CORRECTIONS_DESCRIPTION,
    path: correctionsHref({ ...(kind ? { kind } : {}), page: slice.page }),
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
