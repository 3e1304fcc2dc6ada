import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { sourceQuotes } from "@/lib/queries/source-quotes";
import { buildDataset } from "../../support/dataset-builder";

describe("sourceQuotes", () => {
  it("names each quote's article and skips unknown ones", () => {
    const index = buildIndex(buildDataset());
    const quotes = sourceQuotes(
      [
        { articleId: "test-article", quote: "Hamas said it had" },
        { articleId: "missing", quote: "nowhere to be found" },
      ],
      index,
    );
    expect(quotes).toEqual([
      { quote: "Hamas said it had", articleId: "test-article", articleTitle: "Test article", outlet: null, published: "2025-06-25" },
    ]);
  });
});
