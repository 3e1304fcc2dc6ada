import { describe, expect, it } from "vitest";
import { checkQuotes } from "@/lib/checks/quotes";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset } from "../../support/dataset-builder";

/** The builder's dataset plus a second article, whose statement cites the articles in `articleIds`. */
function citing(text: string, articleIds: readonly string[]): Dataset {
  const dataset = structuredClone(buildDataset());
  const first = dataset.articles[0]!;
  dataset.articles.push({ ...first, id: "second-article", body: "A second text, where Hamas said talks had “stalled”.\n" });
  const statement = dataset.statements[0]!;
  statement.text = text;
  // Each source quotes a passage its article prints, so only the statement's own text is in question.
  const quotes: Record<string, string> = { "test-article": "Hamas said it had", "second-article": "Hamas said talks had" };
  statement.sources = articleIds.map((articleId) => ({ articleId, quote: quotes[articleId] ?? "a passage from nowhere" }));
  return dataset;
}

const textIssues = (dataset: Dataset) => checkQuotes(dataset).filter((issue) => issue.path.endsWith(".text (id \"hamas-no-proposals\")"));

describe("checkQuotes: a statement's own words", () => {
  it.each<[string, string, string[], number]>([
    ["copied from its only source", "not yet received any new proposals", ["test-article"], 0],
    ["copied from its second source, not in the first", "talks had “stalled”", ["test-article", "second-article"], 0],
    ["in its first source once quote marks are straightened", 'talks had "stalled"', ["second-article", "test-article"], 0],
    ["in its second source once quote marks are straightened", 'talks had "stalled"', ["test-article", "second-article"], 0],
    ["in none of its sources", "talks have collapsed", ["test-article", "second-article"], 1],
    ["citing only an unknown article (the reference check reports it)", "talks have collapsed", ["no-such-article"], 0],
    ["in neither the known source nor an unknown one", "talks have collapsed", ["no-such-article", "test-article"], 1],
  ])("%s", (_name, text, articleIds, issues) => {
    expect(textIssues(citing(text, articleIds))).toHaveLength(issues);
  });
});
