import { comparisonHref, parseProposalParams } from "../params/proposal-params";
import { toSearchParams } from "../params/search-params";
import type { DatasetIndex } from "../queries/dataset-index";
import { routeByCanonicalQuery, type CachedRoute } from "./cached-route";

/** The canonical query string for a `/proposals` request, or undefined when a value could not be used. */
export function canonicalProposalsQuery(search: URLSearchParams, index: Pick<DatasetIndex, "proposalOrder">): string | undefined {
  const knownIds = index.proposalOrder.map((proposal) => proposal.id);
  const { params, notices, selection } = parseProposalParams(toSearchParams(search), knownIds);
  if (notices.length > 0) return undefined;
  return new URL(comparisonHref({ ...params, listPage: selection.listPage }, knownIds), "http://x").searchParams.toString();
}

export function routeProposals(search: URLSearchParams, index: Pick<DatasetIndex, "proposalOrder">): CachedRoute {
  return routeByCanonicalQuery("/proposals", search, (query) => canonicalProposalsQuery(query, index));
}
