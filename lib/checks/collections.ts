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
  const found: { path: string; ref: SourceRef }[] = [];
  // One accumulator instead of an array per level: this walk runs over every record on each load.
  const walk = (inner: unknown, at: string): void => {
    if (!inner || typeof inner !== "object") return;
    if (Array.isArray(inner)) {
      inner.forEach((item, index) => walk(item, `${at}[${index}]`));
      return;
    }
    const record = inner as Record<string, unknown>;
    if (typeof record.articleId === "string" && typeof record.quote === "string") {
      found.push({ path: at, ref: { articleId: record.articleId, quote: record.quote } });
      return;
    }
    for (const key in record) {
      const child = record[key];
      if (child && typeof child === "object") walk(child, at ? `${at}.${key}` : key);
    }
  };
  walk(value, path);
  return found;
}

const refsByRecord = new WeakMap<object, { path: string; ref: SourceRef }[]>();

/**
 * `collectSourceRefs(record)`, worked out once per record: the quote, reference and date checks all
 * walk every record's sources, and at benchmark scale that walk dominated loading.
 */
export function sourceRefsOf(record: object): readonly { path: string; ref: SourceRef }[] {
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
