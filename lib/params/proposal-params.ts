import { z } from "zod";
import { pluralWord } from "../format/words";
import { ProvisionKeySchema, type ProvisionKey } from "../schema/provision";
import { echo } from "./date-range-params";
import type { ParamNotice, SearchParams } from "./search-params";

/** A parameter given once (`?p=a`) or repeated (`?p=a&p=b`), read as a list of trimmed, non-blank values. */
const RepeatableSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .transform((values) => values.map((v) => v.trim()).filter((v) => v.length > 0));

/** How many proposals /proposals compares, and how many its picker lists at once. */
export const PROPOSAL_LIMITS = {
  /** Compared when the URL names none: the latest ones (on the real data, all of them). */
  defaultCount: 6,
  /** Most columns one comparison holds; a page of 12 stays far below 500 kB gzip at any data size. */
  maxCount: 12,
  /** Proposals listed on one page of the picker, newest page first. */
  pickerPageSize: 24,
} as const;

/** The raw shape of /proposals' query string: `p` (public contract), `hide` (rows to leave out) and `list` (picker page). */
export const ProposalQuerySchema = z.object({ p: RepeatableSchema, hide: RepeatableSchema, list: RepeatableSchema });

/** What the comparison shows, after unknown values were dropped. */
export const ProposalParamsSchema = z.object({
  /** Compared proposals, oldest first (the order of `knownIds`), whatever order the URL lists them in. */
  proposalIds: z.array(z.string()),
  /** Whether every proposal is compared because the URL chose none (`p`) and there are no more than the default count. */
  isAllProposals: z.boolean(),
  /** Provision rows the reader hid, in table order. */
  hiddenRows: z.array(ProvisionKeySchema),
});
export type ProposalParams = z.infer<typeof ProposalParamsSchema>;

/** Most unknown values named in one notice; a pasted junk URL should not fill the page. */
const NAMED_LIMIT = 5;

function listValues(name: string, values: readonly string[]): string {
  const named = values.slice(0, NAMED_LIMIT).map((v) => `“${name}=${echo(v)}”`);
  const rest = values.length - named.length;
  return named.join(", ") + (rest > 0 ? ` and ${rest} more` : "");
}

/** The comparison a URL without `p` shows: the latest proposals (all of them when there are few). */
export function defaultProposalIds(knownIds: readonly string[], defaultCount: number = PROPOSAL_LIMITS.defaultCount): string[] {
  return knownIds.slice(Math.max(0, knownIds.length - defaultCount));
}

/** Which proposals a comparison shows beyond `params`: whether they are the default ones, and what the cap left out. */
export type ProposalSelection = {
  /** The URL chose no (known) proposal, so the page shows `defaultProposalIds`. */
  isDefault: boolean;
  /** Requested proposals beyond `maxCount`, oldest first: the latest ones are kept. */
  leftOutIds: string[];
  /** The picker's page (1 = the latest proposals), clamped to the pages there are. */
  listPage: number;
  listPageCount: number;
};

/** "the latest 6 proposals" or, when that is every proposal, "all proposals". */
function describeDefault(knownCount: number, defaultCount: number): string {
  return knownCount <= defaultCount ? "all proposals" : `the latest ${defaultCount} proposals`;
}

/**
 * Parses `p` (repeatable proposal ids; none means the default selection: the latest
 * `defaultCount`, which is all of them on the real data), `hide` (repeatable provision keys) and
 * `list` (the picker's page). Unknown values are dropped and reported as notices, so a stale or
 * mistyped link still opens a comparison; duplicates are silently merged; more than `maxCount`
 * proposals are cut to the latest `maxCount`, with a notice naming the rest.
 * @param knownIds every proposal id, oldest first
 */
export function parseProposalParams(
  params: SearchParams,
  knownIds: readonly string[],
  limits: { defaultCount: number; maxCount: number; pickerPageSize: number } = PROPOSAL_LIMITS,
): { params: ProposalParams; notices: ParamNotice[]; selection: ProposalSelection } {
  const query = ProposalQuerySchema.parse({ p: params.p, hide: params.hide, list: params.list });
  const notices: ParamNotice[] = [];

  const known = new Set(knownIds);
  const requested = new Set(query.p);
  const unknownIds = [...requested].filter((id) => !known.has(id));
  const requestedKnown = knownIds.filter((id) => requested.has(id));
  if (unknownIds.length > 0) {
    const what = pluralWord(unknownIds.length, "there is no proposal with this id", "there are no proposals with these ids");
    const fallback =
      requestedKnown.length === 0 ? ` None of the requested proposals exist, so ${describeDefault(knownIds.length, limits.defaultCount)} are shown.` : "";
    notices.push({ param: "p", message: `Ignored ${listValues("p", unknownIds)}: ${what}.${fallback}` });
  }
  const cut = Math.max(0, requestedKnown.length - limits.maxCount);
  const leftOutIds = requestedKnown.slice(0, cut);
  const chosen = requestedKnown.slice(cut);
  if (leftOutIds.length > 0) {
    notices.push({
      param: "p",
      message: `The link asks for ${requestedKnown.length} proposals; a comparison holds at most ${limits.maxCount}, so the latest ${limits.maxCount} are compared and ${listValues("p", leftOutIds)} left out.`,
    });
  }

  const hidden = new Set<ProvisionKey>();
  const unknownRows: string[] = [];
  for (const value of query.hide) {
    const key = ProvisionKeySchema.safeParse(value);
    if (key.success) hidden.add(key.data);
    else if (!unknownRows.includes(value)) unknownRows.push(value);
  }
  if (unknownRows.length > 0) {
    notices.push({
      param: "hide",
      message: `Ignored ${listValues("hide", unknownRows)}: not a row of the comparison (rows are ${ProvisionKeySchema.options.join(", ")}).`,
    });
  }

  const listPageCount = Math.max(1, Math.ceil(knownIds.length / limits.pickerPageSize));
  const listValue = query.list[0];
  let listPage = 1;
  if (listValue !== undefined) {
    const asNumber = /^\d{1,9}$/.test(listValue) ? Number(listValue) : 0;
    if (asNumber < 1) {
      notices.push({ param: "list", message: `Ignored ${listValues("list", [listValue])}: not a page number of the proposal list.` });
    } else {
      listPage = Math.min(asNumber, listPageCount);
      if (asNumber > listPageCount) {
        notices.push({ param: "list", message: `The proposal list has ${listPageCount} ${listPageCount === 1 ? "page" : "pages"}; the last is shown.` });
      }
    }
  }

  const isDefault = chosen.length === 0;
  const proposalIds = isDefault ? defaultProposalIds(knownIds, limits.defaultCount) : chosen;
  return {
    params: {
      proposalIds,
      isAllProposals: isDefault && proposalIds.length === knownIds.length,
      hiddenRows: ProvisionKeySchema.options.filter((key) => hidden.has(key)),
    },
    notices,
    selection: { isDefault, leftOutIds, listPage, listPageCount },
  };
}

/**
 * Link to a comparison. `p` is left out when the default proposals are compared (every proposal,
 * when there are no more than the default count), so the plain /proposals address stays the
 * canonical default view. `list` (the picker's page) is added when given and not the first.
 */
export function comparisonHref(
  selection: { proposalIds: readonly string[]; hiddenRows: readonly ProvisionKey[]; listPage?: number },
  knownIds: readonly string[],
  hash = "",
  defaultCount: number = PROPOSAL_LIMITS.defaultCount,
): string {
  const chosen = new Set(selection.proposalIds);
  const search = new URLSearchParams();
  const defaults = defaultProposalIds(knownIds, defaultCount);
  const known = knownIds.filter((id) => chosen.has(id));
  const isDefault = known.length === defaults.length && defaults.every((id) => chosen.has(id));
  if (!isDefault) for (const id of known) search.append("p", id);
  const hidden = new Set(selection.hiddenRows);
  for (const key of ProvisionKeySchema.options) if (hidden.has(key)) search.append("hide", key);
  if (selection.listPage !== undefined && selection.listPage > 1) search.append("list", String(selection.listPage));
  const query = search.toString();
  return `/proposals${query ? `?${query}` : ""}${hash}`;
}
