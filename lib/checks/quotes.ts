import type { DataIssue } from "./data-issue";
import { normaliseForMatch } from "../text/normalise-text";
import type { Dataset } from "../schema/dataset";
import { eachCitingRecord, sourceRefsOf } from "./collections";

/** Traceability: each quoted passage must really be in the article it cites. */
export function checkQuotes(dataset: Dataset): DataIssue[] {
  // Each body is normalised once, not once per quote: at 1000x the data that is the difference
  // between milliseconds and minutes (see `npm run bench`).
  const bodies = new Map(dataset.articles.map((a) => [a.id, normaliseForMatch(a.body)]));
  const occursIn = (body: string, quote: string) => body.includes(normaliseForMatch(quote));
  const issues: DataIssue[] = [];
  for (const { file, index, record } of eachCitingRecord(dataset)) {
    for (const { path, ref } of sourceRefsOf(record)) {
      const body = bodies.get(ref.articleId);
      if (body !== undefined && !occursIn(body, ref.quote)) {
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
    const cited = statement.sources.map((s) => bodies.get(s.articleId)).filter((b): b is string => b !== undefined);
    if (cited.length > 0 && !cited.some((body) => occursIn(body, statement.text))) {
      issues.push({
        file: "statements.json",
        path: `[${index}].text (id "${statement.id}")`,
        reason: "statement text not found in any of its source articles",
      });
    }
  });
  return issues;
}
