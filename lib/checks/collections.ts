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
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item && typeof item === "object") walkSourceRefs(item, `${at}[${index}]`, found);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.articleId === "string" && typeof record.quote === "string") {
    // The record's own object: a check that runs after an edit to the quote sees the edit.
    found.push({ path: at, ref: record as SourceRef });
    return;
  }
  for (const key in record) {
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

/** `collectSourceRefs(record)`, worked out once per record, for code that holds a record and not its RecordItem. */
export function sourceRefsOf(record: object): readonly FoundRef[] {
  let refs = refsByRecord.get(record);
  if (!refs) {
    refs = collectSourceRefs(record);
    refsByRecord.set(record, refs);
  }
  return refs;
}

/** One record of a fact collection, where it sits, and every source it cites. */
export type RecordItem = {
  collection: FactCollection;
  file: string;
  index: number;
  record: Dataset[FactCollection][number];
  sourceRefs: readonly FoundRef[];
};

/**
 * Each record of each fact collection with its file, index and sources, for checks that look at all of
 * them. The loader makes this list once and hands it to every check: at benchmark scale, building it
 * (and walking every record for its sources) once per check cost more than most checks themselves.
 */
export function eachRecord(dataset: Dataset): RecordItem[] {
  const items: RecordItem[] = [];
  for (const collection of FACT_COLLECTIONS) {
    const file = fileOf(collection);
    const records = dataset[collection];
    for (let index = 0; index < records.length; index += 1) {
      const record = records[index]!;
      items.push({ collection, file, index, record, sourceRefs: collectSourceRefs(record) });
    }
  }
  return items;
}

/** A record that quotes articles: a fact, or a correction (whose `evidence` is checked like any fact's sources). */
export type CitingItem = {
  collection: FactCollection | "corrections";
  file: string;
  index: number;
  record: { id: string };
  sourceRefs: readonly FoundRef[];
};

/** `eachRecord` plus the corrections, for the quote and article-reference checks. */
export function eachCitingRecord(dataset: Dataset, records: readonly RecordItem[] = eachRecord(dataset)): CitingItem[] {
  const file = FIXTURE_FILES.corrections.file;
  const corrections = dataset.corrections.map((record, index) => ({
    collection: "corrections" as const,
    file,
    index,
    record,
    sourceRefs: collectSourceRefs(record),
  }));
  return [...records, ...corrections];
}
