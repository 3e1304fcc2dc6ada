import { correctionsHref, correctionsQuery, parseCorrectionsParams, type CorrectionsView } from "../params/corrections-params";
import type { ParamNotice, SearchParams } from "../params/search-params";
import type { Correction, CorrectionRecordKind } from "../schema/correction";
import type { CorrectionIndex } from "./correction-index";
import { clampedPageNotice, paginate, type PageSlice } from "./paginate";

/** Corrections per page of the log: each entry quotes its evidence, so a page stays well under 200 kB. */
export const CORRECTIONS_PAGE_SIZE = 25;

type LogIndex = Pick<CorrectionIndex, "newestFirst" | "positions">;

/** The page of the log (newest first) that holds a correction; 1 for an id the log does not hold. */
export function correctionPage(corrections: Pick<CorrectionIndex, "positions">, id: string): number {
  const position = corrections.positions.get(id);
  return position === undefined ? 1 : Math.floor(position / CORRECTIONS_PAGE_SIZE) + 1;
}

/** A correction's entry in the log: `/corrections?p=<its page>#<id>`. */
export function correctionHref(corrections: Pick<CorrectionIndex, "positions">, id: string): string {
  return correctionsHref({ page: correctionPage(corrections, id) }, id);
}

export type CorrectionsLogModel = {
  view: CorrectionsView;
  notices: ParamNotice[];
  slice: PageSlice<Correction>;
  /** The canonical query of the page shown; as on the timeline, `entry=<id>` stands for the page holding it. */
  query: string;
};

/** One page of the log for a URL: parse, keep the kind of record asked for, then cut the page asked for (or the one holding `entry`). */
export function correctionsLogModel(corrections: LogIndex, params: SearchParams): CorrectionsLogModel {
  const { view, notices } = parseCorrectionsParams(params, (id) => corrections.positions.has(id));
  // `entry` opens the whole log's page holding it (the address every link to a correction names).
  const kind = view.entry ? undefined : view.kind;
  const listed = kind ? corrections.newestFirst.filter((correction) => correction.recordKind === kind) : corrections.newestFirst;
  const slice = paginate(listed, { page: view.page, itemId: view.entry, pageSize: CORRECTIONS_PAGE_SIZE });
  const clamped = clampedPageNotice(slice, kind ? "all its corrections" : "all corrections");
  const query = correctionsQuery(view.entry ? { entry: view.entry } : { ...(kind ? { kind } : {}), page: slice.page });
  return { view, notices: clamped ? [...notices, clamped] : notices, slice, query };
}

/** How many corrections each kind of record has had, for the log's filter (kinds with none are left out). */
export function correctionKindCounts(corrections: Pick<CorrectionIndex, "newestFirst">): Map<CorrectionRecordKind, number> {
  const counts = new Map<CorrectionRecordKind, number>();
  for (const correction of corrections.newestFirst) counts.set(correction.recordKind, (counts.get(correction.recordKind) ?? 0) + 1);
  return counts;
}
