import { CORRECTIONS_PATH, isCorrectionsParam } from "../params/corrections-params";
import { toSearchParams } from "../params/search-params";
import type { CorrectionIndex } from "../queries/correction-index";
import { correctionsLogModel } from "../queries/corrections-log";
import { routeByCanonicalQuery, type CachedRoute } from "./cached-route";

type LogIndex = Pick<CorrectionIndex, "newestFirst" | "positions">;

/**
 * The canonical query string for a `/corrections` request, or undefined when a value could not be used
 * (a page past the last, `p=abc`, an unknown `entry`).
 */
export function canonicalCorrectionsQuery(search: URLSearchParams, corrections: LogIndex): string | undefined {
  const { notices, query } = correctionsLogModel(corrections, toSearchParams(search));
  // Unknown parameter names are dropped by the redirect rather than rendered with a notice.
  if (notices.some((notice) => isCorrectionsParam(notice.param))) return undefined;
  return query;
}

export function routeCorrections(search: URLSearchParams, corrections: LogIndex): CachedRoute {
  return routeByCanonicalQuery(CORRECTIONS_PATH, search, (query) => canonicalCorrectionsQuery(query, corrections));
}
