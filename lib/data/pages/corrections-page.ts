import { countNoun } from "../../format/words";
import { allCorrectionViews, retiredNotice, type CorrectionView, type RetiredNotice } from "../../queries/correction-views";
import type { CorrectionRecordKind } from "../../schema/correction";
import type { PageMetadataInput } from "../../site-metadata";
import { getData } from "../dataset";

export type CorrectionsPageProps = {
  /** Every correction, newest first. */
  corrections: CorrectionView[];
  /** "3 corrections". */
  countText: string;
};

/** Everything `/corrections` shows. */
export function getCorrectionsPage(): CorrectionsPageProps {
  const corrections = allCorrectionViews(getData());
  return { corrections, countText: countNoun(corrections.length, "correction", "corrections") };
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
