import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";

/** A fact cannot be dated after an article that reports it; a status history runs forwards. */
export function checkDates(dataset: Dataset, { records }: CheckContext = checkContext(dataset)): DataIssue[] {
  // An article dated "25 or 26 June" can report facts up to its last possible day.
  const published = new Map(dataset.articles.map((a) => [a.id, a.publishedLatest ?? a.published]));
  const issues: DataIssue[] = [];
  for (const { file, index, record, sourceRefs } of records) {
    if (!("date" in record)) continue;
    for (const { ref } of sourceRefs) {
      const articleDate = published.get(ref.articleId);
      const last = "latest" in record && record.latest ? record.latest : record.date;
      if (articleDate !== undefined && last > articleDate) {
        issues.push({
          file,
          path: `[${index}].${last === record.date ? "date" : "latest"} (id "${record.id}")`,
          reason: `${last} is after the publication date ${articleDate} of its source "${ref.articleId}"`,
        });
        break;
      }
    }
  }
  const latest = dataset.articles.map((a) => a.publishedLatest ?? a.published).sort().at(-1);
  dataset.proposals.forEach((proposal, index) => {
    proposal.statusHistory.forEach((change, i) => {
      const previous = proposal.statusHistory[i - 1];
      const path = `[${index}].statusHistory[${i}].date (id "${proposal.id}")`;
      if (previous && change.date < previous.date) {
        issues.push({ file: "proposals.json", path, reason: `${change.date} is before the previous status change (${previous.date})` });
      }
      if (change.date < proposal.date) {
        issues.push({ file: "proposals.json", path, reason: `${change.date} is before the proposal's own date (${proposal.date})` });
      }
      if (latest && change.date > latest) {
        issues.push({ file: "proposals.json", path, reason: `${change.date} is after the newest article (${latest})` });
      }
    });
  });
  return issues;
}
