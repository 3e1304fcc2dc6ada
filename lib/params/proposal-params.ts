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

/** The raw shape of /proposals' query string: `p` (public contract) and `hide` (rows to leave out). */
export const ProposalQuerySchema = z.object({ p: RepeatableSchema, hide: RepeatableSchema });

/** What the comparison shows, after unknown values were dropped. */
export const ProposalParamsSchema = z.object({
  /** Compared proposals, oldest first (the order of `knownIds`), whatever order the URL lists them in. */
  proposalIds: z.array(z.string()),
  /** Whether the URL chose proposals (`p`) or the page shows all of them. */
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

/**
 * Parses `p` (repeatable proposal ids; none means all proposals) and `hide` (repeatable provision
 * keys). Unknown values are dropped and reported as notices, so a stale or mistyped link still
 * opens a comparison; duplicates are silently merged.
 * @param knownIds every proposal id, oldest first
 */
export function parseProposalParams(
  params: SearchParams,
  knownIds: readonly string[],
): { params: ProposalParams; notices: ParamNotice[] } {
  const query = ProposalQuerySchema.parse({ p: params.p, hide: params.hide });
  const notices: ParamNotice[] = [];

  const known = new Set(knownIds);
  const requested = new Set(query.p);
  const unknownIds = [...requested].filter((id) => !known.has(id));
  const chosen = knownIds.filter((id) => requested.has(id));
  if (unknownIds.length > 0) {
    const what = pluralWord(unknownIds.length, "there is no proposal with this id", "there are no proposals with these ids");
    const fallback = chosen.length === 0 ? " None of the requested proposals exist, so all proposals are shown." : "";
    notices.push({ param: "p", message: `Ignored ${listValues("p", unknownIds)}: ${what}.${fallback}` });
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

  const isAllProposals = chosen.length === 0;
  return {
    params: {
      proposalIds: isAllProposals ? [...knownIds] : chosen,
      isAllProposals,
      hiddenRows: ProvisionKeySchema.options.filter((key) => hidden.has(key)),
    },
    notices,
  };
}

/**
 * Link to a comparison. `p` is left out when every proposal is compared, so the plain
 * /proposals address stays the canonical "all proposals" view.
 */
export function comparisonHref(
  selection: { proposalIds: readonly string[]; hiddenRows: readonly ProvisionKey[] },
  knownIds: readonly string[],
  hash = "",
): string {
  const chosen = new Set(selection.proposalIds);
  const search = new URLSearchParams();
  const isAll = knownIds.every((id) => chosen.has(id));
  if (!isAll) for (const id of knownIds) if (chosen.has(id)) search.append("p", id);
  const hidden = new Set(selection.hiddenRows);
  for (const key of ProvisionKeySchema.options) if (hidden.has(key)) search.append("hide", key);
  const query = search.toString();
  return `/proposals${query ? `?${query}` : ""}${hash}`;
}
