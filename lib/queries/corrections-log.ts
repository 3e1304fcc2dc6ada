import { correctionsHref, correctionsQuery, parseCorrectionsParams, type CorrectionsView } from "../params/corrections-params";
import type { ParamNotice, SearchParams } from "../params/search-params";
import type { Correction } from "../schema/correction";
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

/** One page of the log for a URL: parse, then cut the page asked for (or the one holding `entry`). */
export function correctionsLogModel(corrections: LogIndex, params: SearchParams): CorrectionsLogModel {
  const { view, notices } = parseCorrectionsParams(params, (id) => corrections.positions.has(id));
  const slice = paginate(corrections.newestFirst, { page: view.page, itemId: view.entry, pageSize: CORRECTIONS_PAGE_SIZE });
  const clamped = clampedPageNotice(slice, "all corrections");
  const query = correctionsQuery(view.entry ? { entry: view.entry } : { page: slice.page });
  return { view, notices: clamped ? [...notices, clamped] : notices, slice, query };
}
