import "server-only";
import { cache } from "react";
import { getData } from "@/lib/data/dataset";
import type { SearchParams } from "@/lib/params/search-params";
import { timelinePageModel } from "@/lib/queries/timeline-page-model";

/**
 * The page model for one request's query string; `generateMetadata` and the page share it
 * (React's per-request cache compares arguments by value only for strings, hence the key).
 */
const modelFor = cache((key: string) => timelinePageModel(getData(), JSON.parse(key) as SearchParams));

export function timelineModel(params: SearchParams) {
  return modelFor(JSON.stringify(params));
}
