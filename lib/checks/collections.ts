import { FIXTURE_FILES, type Dataset } from "../schema/dataset";
import type { SourceRef } from "../schema/primitives";

/** The fact collections that live in JSON fixtures, in checking order. */
export const FACT_COLLECTIONS = ["actors", "events", "statements", "proposals", "counts"] as const;
export type FactCollection = (typeof FACT_COLLECTIONS)[number];

export function fileOf(collection: FactCollection): string {
  return FIXTURE_FILES[collection].file;
}

/** Every `{ articleId, quote }` inside a record, wherever it sits (facts, provisions…), with its path. */
export function collectSourceRefs(value: unknown, path = ""): { path: string; ref: SourceRef }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => collectSourceRefs(item, `${path}[${index}]`));
  }
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.articleId === "string" && typeof record.quote === "string") {
    return [{ path, ref: { articleId: record.articleId, quote: record.quote } }];
  }
  return Object.entries(record).flatMap(([key, inner]) => collectSourceRefs(inner, path ? `${path}.${key}` : key));
}

/** Each record of each fact collection with its file and index, for checks that look at all of them. */
export function eachRecord(dataset: Dataset): { collection: FactCollection; file: string; index: number; record: Dataset[FactCollection][number] }[] {
  return FACT_COLLECTIONS.flatMap((collection) =>
    dataset[collection].map((record, index) => ({ collection, file: fileOf(collection), index, record })),
  );
}
