import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { sourceCitations } from "@/lib/queries/source-citations";
import { buildDataset } from "../../support/dataset-builder";

describe("sourceCitations", () => {
  it("names each quote's article and skips unknown ones", () => {
    const index = buildIndex(buildDataset());
    const quotes = sourceCitations(
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
