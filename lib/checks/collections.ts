import { FIXTURE_FILES, type Dataset } from "../schema/dataset";
import type { SourceRef } from "../schema/primitives";

/** The fact collections that live in JSON fixtures, in checking order. */
export const FACT_COLLECTIONS = ["actors", "events", "statements", "proposals", "counts"] as const;
export type FactCollection = (typeof FACT_COLLECTIONS)[number];

export function fileOf(collection: FactCollection): string {
  return FIXTURE_FILES[collection].file;
}

type FoundRef = { path: string; ref: SourceRef };

/** Depth-first walk collecting into one array, rather than an array per level: it runs over every record on each load. */
function walkSourceRefs(value: unknown, at: string, found: FoundRef[]): void {
  if (!value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    // Paths are built only for nested objects: most arrays hold ids, which cannot contain sources.
    value.forEach((item, index) => {
      if (item && typeof item === "object") walkSourceRefs(item, `${at}[${index}]`, found);
    });
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.articleId === "string" && typeof record.quote === "string") {
    found.push({ path: at, ref: { articleId: record.articleId, quote: record.quote } });
    return;
  }
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (child && typeof child === "object") walkSourceRefs(child, at ? `${at}.${key}` : key, found);
  }
}

/** Every `{ articleId, quote }` inside a record, wherever it sits (facts, provisions…), with its path. */
export function collectSourceRefs(value: unknown, path = ""): FoundRef[] {
  const found: FoundRef[] = [];
  walkSourceRefs(value, path, found);
  return found;
}

const refsByRecord = new WeakMap<object, FoundRef[]>();

/**
 * `collectSourceRefs(record)`, worked out once per record: the quote, reference and date checks all
 * walk every record's sources, and at benchmark scale that walk dominated loading.
 */
export function sourceRefsOf(record: object): readonly FoundRef[] {
  let refs = refsByRecord.get(record);
  if (!refs) {
    refs = collectSourceRefs(record);
    refsByRecord.set(record, refs);
  }
  return refs;
}

/** Each record of each fact collection with its file and index, for checks that look at all of them. */
export function eachRecord(dataset: Dataset): { collection: FactCollection; file: string; index: number; record: Dataset[FactCollection][number] }[] {
  return FACT_COLLECTIONS.flatMap((collection) =>
    dataset[collection].map((record, index) => ({ collection, file: fileOf(collection), index, record })),
  );
}

/**
 * `eachRecord` plus the corrections: every record that quotes articles, for the quote and article-reference
 * checks (a correction's `evidence` is checked like any fact's sources).
 */
export function eachCitingRecord(dataset: Dataset): { collection: FactCollection | "corrections"; file: string; index: number; record: { id: string } }[] {
  const corrections = dataset.corrections.map((record, index) => ({ collection: "corrections" as const, file: FIXTURE_FILES.corrections.file, index, record }));
  return [...eachRecord(dataset), ...corrections];
}
