import type { Dataset } from "../schema/dataset";
import { normaliseForMatch } from "../text/normalise-text";
import { eachCitingRecord, eachRecord, type CitingItem, type RecordItem } from "./collections";

/**
 * What several cross-checks need, worked out once per load instead of once per check: at 1000x the
 * data, listing the records with their sources and normalising the article bodies cost more than most
 * checks themselves. Checks take it as an optional second argument and make their own when called alone.
 */
export type CheckContext = {
  /** Every record of every fact collection, with where it sits and the sources it cites. */
  readonly records: readonly RecordItem[];
  /** `records` plus the corrections, which quote articles as evidence. */
  readonly citingRecords: readonly CitingItem[];
  /** Whether `text` is in the article once both are normalised (`normaliseForMatch`); undefined for an unknown article. */
  isInArticle(articleId: string, text: string): boolean | undefined;
  /** Whether `text` is in the article exactly as written (no normalising, so no body is normalised for it). */
  isCopiedInArticle(articleId: string, text: string): boolean | undefined;
  /** `isInArticle`, ignoring case. */
  isInArticleIgnoringCase(articleId: string, text: string): boolean | undefined;
};

/** The one letter whose lower case depends on what follows it (a final sigma). */
const CONTEXTUAL_LOWER_CASE = "\u03A3";

/** Memoises `make(key)` per key, for bodies only some checks need in their folded forms. */
function lazily(make: (key: string) => string): (key: string) => string {
  const made = new Map<string, string>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

export function checkContext(dataset: Dataset): CheckContext {
  const bodies = new Map(dataset.articles.map((article) => [article.id, article.body]));
  const normalised = lazily((id) => normaliseForMatch(bodies.get(id)!));
  const lowerCased = lazily((id) => normalised(id).toLowerCase());
  let records: readonly RecordItem[] | undefined;
  let citingRecords: readonly CitingItem[] | undefined;
  return {
    get records() {
      return (records ??= eachRecord(dataset));
    },
    get citingRecords() {
      return (citingRecords ??= eachCitingRecord(dataset, this.records));
    },
    // A passage found verbatim is also there once both sides are normalised (white-space runs and quote
    // marks fold the same way wherever they stand), so a body is only normalised, once, for the first
    // passage that is not copied from it exactly.
    isInArticle(articleId, text) {
      const body = bodies.get(articleId);
      if (body === undefined) return undefined;
      return body.includes(text) || normalised(articleId).includes(normaliseForMatch(text));
    },
    isCopiedInArticle(articleId, text) {
      return bodies.get(articleId)?.includes(text);
    },
    isInArticleIgnoringCase(articleId, text) {
      const body = bodies.get(articleId);
      if (body === undefined) return undefined;
      if (!text.includes(CONTEXTUAL_LOWER_CASE) && body.includes(text)) return true;
      return lowerCased(articleId).includes(normaliseForMatch(text).toLowerCase());
    },
  };
}
