import type { APIRequestContext } from "@playwright/test";
import { quoteAnchorId } from "@/lib/format/quote-anchor";
import { DatasetSchema, type Dataset } from "@/lib/schema/dataset";
import type { SourceRef } from "@/lib/schema/primitives";

/** The dataset as the site serves it, so tests check pages against the same data. */
export async function fetchDataset(request: APIRequestContext): Promise<Dataset> {
  return DatasetSchema.parse(await (await request.get("/api/dataset")).json());
}

/** Every source reference of every kind of fact (proposal provisions included). */
export function allSources(dataset: Dataset): SourceRef[] {
  return [
    ...dataset.actors.flatMap((a) => a.sources),
    ...dataset.events.flatMap((e) => e.sources),
    ...dataset.statements.flatMap((s) => s.sources),
    ...dataset.counts.flatMap((c) => c.sources),
    ...dataset.proposals.flatMap((p) => [...p.sources, ...Object.values(p.provisions).flatMap((v) => v?.sources ?? [])]),
  ];
}

/** Anchor ids of the distinct passages quoted from one article. */
export function quoteAnchorsFor(dataset: Dataset, articleId: string): Set<string> {
  return new Set(allSources(dataset).filter((s) => s.articleId === articleId).map((s) => quoteAnchorId(s.quote)));
}
