import type { SourceQuoteProps } from "@/components/source-quote";
import type { SourceRef } from "../schema/primitives";
import type { DatasetIndex } from "./dataset-index";

/** Props for SourceQuote from a fact's sources (any fact, not only timeline entries); unknown articles are skipped. */
export function sourceQuotes(sources: readonly SourceRef[], index: Pick<DatasetIndex, "articles">): SourceQuoteProps[] {
  return sources.flatMap((source) => {
    const article = index.articles.get(source.articleId);
    return article
      ? [{ quote: source.quote, articleId: article.id, articleTitle: article.title, outlet: article.outlet, published: article.published }]
      : [];
  });
}
