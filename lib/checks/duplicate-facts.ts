import type { DataIssue } from "./data-issue";
import { normaliseForMatch } from "../text/normalise-text";
import type { Dataset } from "../schema/dataset";
import type { SourceRef } from "../schema/primitives";

/**
 * The same statement or event reported twice (by two articles, or by one article that repeats
 * itself) must be one fact with several sources, not two facts.
 */
export function checkDuplicateFacts(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  // Keys are (scope, text) pairs looked up in a map per scope: ids, dates and types are slugs, so this
  // is the same as one "scope|text" key, without building and hashing a joined copy of every long text.
  type Key = readonly [scope: string, text: string];
  const flag = <T extends { id: string }>(file: string, items: readonly T[], keysOf: (item: T) => Key[], what: string) => {
    const seen = new Map<string, Map<string, T>>();
    items.forEach((item, index) => {
      for (const [scope, text] of keysOf(item)) {
        let inScope = seen.get(scope);
        if (!inScope) seen.set(scope, (inScope = new Map()));
        const first = inScope.get(text);
        if (first && first.id !== item.id) {
          issues.push({ file, path: `[${index}] (id "${item.id}")`, reason: `same ${what} as "${first.id}": merge them into one fact with several sources` });
          return;
        }
        inScope.set(text, item);
      }
    });
  };
  const passages = (sources: readonly SourceRef[]): Key[] => sources.map((source) => [source.articleId, normaliseForMatch(source.quote)]);
  flag("statements.json", dataset.statements, (s) => [[s.speakerId, normaliseForMatch(s.text).toLowerCase()]], "speaker and words");
  flag("events.json", dataset.events, (e) => [[`${e.date}|${e.type}`, normaliseForMatch(e.title).toLowerCase()]], "date, type and title");
  flag("events.json", dataset.events, (e) => passages(e.sources), "source passage");
  flag("statements.json", dataset.statements, (s) => passages(s.sources), "source passage");
  return issues;
}
