import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";

/** Traceability: each quoted passage must really be in the article it cites. */
export function checkQuotes(dataset: Dataset, { citingRecords, isInArticle }: CheckContext = checkContext(dataset)): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { file, index, record, sourceRefs } of citingRecords) {
    for (const { path, ref } of sourceRefs) {
      if (isInArticle(ref.articleId, ref.quote) === false) {
        issues.push({
          file,
          path: `[${index}].${path}.quote (id "${record.id}")`,
          reason: `quote not found in article "${ref.articleId}": "${ref.quote.slice(0, 80)}${ref.quote.length > 80 ? "…" : ""}"`,
        });
      }
    }
  }
  // A statement's own wording must be printed by at least one of the articles it cites.
  dataset.statements.forEach((statement, index) => {
    const found = statement.sources.map((s) => isInArticle(s.articleId, statement.text)).filter((f) => f !== undefined);
    if (found.length > 0 && !found.includes(true)) {
      issues.push({
        file: "statements.json",
        path: `[${index}].text (id "${statement.id}")`,
        reason: "statement text not found in any of its source articles",
      });
    }
  });
  return issues;
}
