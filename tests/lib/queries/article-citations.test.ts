import { describe, expect, it } from "vitest";
import { articleCitations, citingFactCount, citingFacts } from "@/lib/queries/article-citations";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildDataset } from "../../support/dataset-builder";

describe("articleCitations", () => {
  const index = buildIndex(buildDataset());

  it("collects every quote from the article with the fact that cites it and where that fact lives", () => {
    const cited = articleCitations(index, "test-article").map((c) => [c.quote, c.citedBy.map((f) => `${f.key} ${f.href}`)]);
    expect(cited).toEqual([
      ['talks are "ongoing"', ["event:talks-ongoing /events/talks-ongoing"]],
      ['Hamas said it had "not yet received any new proposals"', ["statement:hamas-no-proposals /timeline?entry=hamas-no-proposals#hamas-no-proposals"]],
      ["reported over 57,000 deaths", ["figure:gaza-deaths /timeline?entry=gaza-deaths#gaza-deaths"]],
      ["Mediator Qatar said", ["proposal:us-plan /proposals/us-plan"]],
      ["talks are “ongoing”", ["proposal:us-plan /proposals/us-plan"]],
      ["Mediator Qatar said Tuesday", ["actor:qatar /actors/qatar"]],
      ["Hamas said it had", ["actor:hamas /actors/hamas"]],
      ["Hamas said it had", ["actor:hamas-spokesman /actors/hamas-spokesman"]],
    ]);
  });

  it("titles facts so a reader knows what each is: what was said, figure and reporter", () => {
    const titles = Object.fromEntries(citingFacts(index, "test-article").map((f) => [f.key, f.title]));
    expect(titles["statement:hamas-no-proposals"]).toBe("Hamas said it had received no new proposals.");
    expect(titles["figure:gaza-deaths"]).toBe("Deaths reported in Gaza: over 57,000 (the health ministry)");
  });

  it("counts each citing fact once for the article's tally, a proposal and its provisions as one", () => {
    // Eight quotes (the proposal gives two: its own and its provision's), seven facts.
    expect(articleCitations(index, "test-article")).toHaveLength(8);
    expect(citingFactCount(index, "test-article")).toBe(7);
    expect(citingFactCount(index, "no-such-article")).toBe(0);
  });

  it("counts each citing fact once, however many of its quotes come from the article", () => {
    expect(citingFacts(index, "test-article").map((f) => f.key)).toEqual([
      "event:talks-ongoing",
      "statement:hamas-no-proposals",
      "figure:gaza-deaths",
      "proposal:us-plan",
      "actor:qatar",
      "actor:hamas",
      "actor:hamas-spokesman",
    ]);
  });

  it("finds nothing for an article no fact cites", () => {
    expect(articleCitations(index, "other-article")).toEqual([]);
    expect(citingFacts(index, "other-article")).toEqual([]);
  });
});
