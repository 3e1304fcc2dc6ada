import type { DataIssue } from "./data-issue";
import { normaliseForMatch } from "../text/normalise-text";
import type { Dataset } from "../schema/dataset";

/**
 * The same statement or event reported twice (by two articles, or by one article that repeats
 * itself) must be one fact with several sources, not two facts.
 */
export function checkDuplicateFacts(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const flag = <T extends { id: string }>(file: string, items: readonly T[], keyOf: (item: T) => string[], what: string) => {
    const seen = new Map<string, T>();
    items.forEach((item, index) => {
      for (const key of keyOf(item)) {
        const first = seen.get(key);
        if (first && first.id !== item.id) {
          issues.push({ file, path: `[${index}] (id "${item.id}")`, reason: `same ${what} as "${first.id}": merge them into one fact with several sources` });
          return;
        }
        seen.set(key, item);
      }
    });
  };
  flag("statements.json", dataset.statements, (s) => [`${s.speakerId}|${normaliseForMatch(s.text).toLowerCase()}`], "speaker and words");
  flag("events.json", dataset.events, (e) => [`${e.date}|${e.type}|${normaliseForMatch(e.title).toLowerCase()}`], "date, type and title");
  flag("events.json", dataset.events, (e) => e.sources.map((s) => `${s.articleId}|${normaliseForMatch(s.quote)}`), "source passage");
  flag("statements.json", dataset.statements, (s) => s.sources.map((src) => `${src.articleId}|${normaliseForMatch(src.quote)}`), "source passage");
  return issues;
}
