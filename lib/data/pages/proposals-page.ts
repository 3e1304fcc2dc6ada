import "server-only";
import { comparisonHref, parseProposalParams, PROPOSAL_LIMITS, type ProposalSelection } from "../../params/proposal-params";
import type { ParamNotice, SearchParams } from "../../params/search-params";
import type { DatasetIndex } from "../../queries/dataset-index";
import { positionsData, type ProvisionPositionsData } from "../../queries/positions-data";
import { buildComparison, statusHistoryData, type Comparison, type StatusData } from "../../queries/proposal-comparison";
import type { Proposal } from "../../schema/proposal";
import { ProvisionKeySchema, type ProvisionKey } from "../../schema/provision";
import { getData } from "../dataset";

/** Most statements one column of "Who objects to what" shows per provision (the real data has at most 3). */
export const POSITIONS_PER_COLUMN = 5;

/** One proposal in "The proposals in brief". */
export type ProposalBrief = { id: string; title: string; summary: string; history: StatusData[] };

/** The picker's paging: which slice of the proposals it lists, and links to the neighbouring slices. */
export type ProposalPickerData = {
  page: number;
  pageCount: number;
  /** Total proposals in the data. */
  total: number;
  /** Link to the page of later proposals (page − 1); absent on the first page. */
  laterHref?: string;
  /** Link to the page of earlier proposals (page + 1); absent on the last page. */
  earlierHref?: string;
};

/** What /proposals shows above the table: which proposals and why, in words. */
export type ProposalSelectionNote = {
  /** The page shows the default selection and it is not every proposal. */
  isLatestOnly: boolean;
  compared: number;
  total: number;
  defaultCount: number;
  maxCount: number;
};

/** Everything /proposals renders, as plain serialisable data. */
export type ProposalsPageData = {
  title: string;
  notices: ParamNotice[];
  comparison: Comparison;
  hiddenRows: ProvisionKey[];
  positions: ProvisionPositionsData[];
  briefs: ProposalBrief[];
  selection: ProposalSelectionNote;
  picker: ProposalPickerData;
};

/**
 * The ids one page of the picker lists, pages counted from the latest proposals (page 1) back;
 * oldest first within the page, like the table.
 */
export function pickerPageIds(orderedIds: readonly string[], page: number, pageSize: number): string[] {
  const end = Math.max(0, orderedIds.length - (page - 1) * pageSize);
  return orderedIds.slice(Math.max(0, end - pageSize), end);
}

function pickerData(orderedIds: readonly string[], params: { proposalIds: string[]; hiddenRows: ProvisionKey[] }, selection: ProposalSelection): ProposalPickerData {
  const { listPage: page, listPageCount: pageCount } = selection;
  const hrefFor = (listPage: number) => comparisonHref({ ...params, listPage }, orderedIds, "#comparison");
  return {
    page,
    pageCount,
    total: orderedIds.length,
    ...(page > 1 ? { laterHref: hrefFor(page - 1) } : {}),
    ...(page < pageCount ? { earlierHref: hrefFor(page + 1) } : {}),
  };
}

function titleOf(isAllProposals: boolean, isDefault: boolean, compared: readonly Pick<Proposal, "shortTitle">[]): string {
  if (isAllProposals) return "Proposals compared";
  return isDefault ? "Latest proposals compared" : `Compared: ${compared.map((p) => p.shortTitle).join(" · ")}`;
}

function comparedProposals(index: DatasetIndex, ids: readonly string[]): Proposal[] {
  return ids.flatMap((id) => {
    const proposal = index.proposals.get(id);
    return proposal ? [proposal] : [];
  });
}

/** The page title for a query string, without building the page (for metadata). */
export function getProposalsPageTitle(searchParams: SearchParams, index: DatasetIndex = getData()): string {
  const { params, selection } = parseProposalParams(searchParams, index.proposalOrder.map((p) => p.id));
  return titleOf(params.isAllProposals, selection.isDefault, comparedProposals(index, params.proposalIds));
}

/**
 * /proposals from its query string: the compared proposals (the URL's `p`, at most
 * `PROPOSAL_LIMITS.maxCount`, else the latest `defaultCount`), the table, each side's positions
 * on the visible rows, the briefs, and one page of the picker. Every part is bounded, so the page
 * stays small at any data size; on the real data (4 proposals) nothing is cut.
 */
export function getProposalsPage(searchParams: SearchParams, index: DatasetIndex = getData()): ProposalsPageData {
  const ordered = index.proposalOrder;
  const orderedIds = ordered.map((p) => p.id);
  const { params, notices, selection } = parseProposalParams(searchParams, orderedIds);
  const choiceIds = pickerPageIds(orderedIds, selection.listPage, PROPOSAL_LIMITS.pickerPageSize);
  const comparison = buildComparison(index, params, { ordered, choiceIds });
  const hidden = new Set(params.hiddenRows);
  const visibleKeys = ProvisionKeySchema.options.filter((key) => !hidden.has(key));
  const positions = positionsData(index, visibleKeys, { perColumn: POSITIONS_PER_COLUMN, preferredProposalIds: params.proposalIds });
  const compared = comparedProposals(index, params.proposalIds);

  return {
    title: titleOf(params.isAllProposals, selection.isDefault, compared),
    notices,
    comparison,
    hiddenRows: params.hiddenRows,
    positions,
    briefs: compared.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      summary: proposal.summary,
      history: statusHistoryData(proposal, index),
    })),
    selection: {
      isLatestOnly: selection.isDefault && !params.isAllProposals,
      compared: compared.length,
      total: orderedIds.length,
      defaultCount: PROPOSAL_LIMITS.defaultCount,
      maxCount: PROPOSAL_LIMITS.maxCount,
    },
    picker: pickerData(orderedIds, params, selection),
  };
}
