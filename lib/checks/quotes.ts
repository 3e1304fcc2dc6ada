import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";

/** Traceability: each quoted passage must really be in the article it cites. */
export function checkQuotes(dataset: Dataset, { citingRecords, isInArticle, isCopiedInArticle }: CheckContext = checkContext(dataset)): DataIssue[] {
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
  // A statement's own wording must be printed by at least one of the articles it cites. Copied exactly
  // from one of them settles it; only then are the others normalised (at 1000x the data, checking each
  // source in turn normalised 2,000 article bodies that another source already settled).
  dataset.statements.forEach((statement, index) => {
    let cited = false; // an article we know: unknown ones are the reference check's to report
    let found = false;
    for (const source of statement.sources) {
      const copied = isCopiedInArticle(source.articleId, statement.text);
      if (copied !== undefined) cited = true;
      if ((found = copied === true)) break;
    }
    if (cited && !found) found = statement.sources.some((source) => isInArticle(source.articleId, statement.text) === true);
    if (cited && !found) {
      issues.push({
        file: "statements.json",
        path: `[${index}].text (id "${statement.id}")`,
        reason: "statement text not found in any of its source articles",
      });
    }
  });
  return issues;
}
