import type { SourceRef } from "../schema/primitives";
import type { DatasetIndex } from "./dataset-index";

/** A quoted passage with the article it comes from: what a source citation shows (quote, title, outlet, date). */
export type SourceCitation = {
  quote: string;
  articleId: string;
  articleTitle: string;
  /** `null` where the article names no outlet. */
  outlet: string | null;
  /** The article's (inferred) publication date, `YYYY-MM-DD`. */
  published: string;
  /** The article's last possible day where its date is a range ("25 or 26 June 2025"). */
  publishedLatest?: string;
};

/** Citations for any fact's sources, in their order; a source whose article is unknown is skipped. */
export function sourceCitations(sources: readonly SourceRef[], index: Pick<DatasetIndex, "articles">): SourceCitation[] {
  return sources.flatMap((source) => {
    const article = index.articles.get(source.articleId);
    return article
      ? [
          {
            quote: source.quote,
            articleId: article.id,
            articleTitle: article.title,
            outlet: article.outlet,
            published: article.published,
            ...(article.publishedLatest ? { publishedLatest: article.publishedLatest } : {}),
          },
        ]
      : [];
  });
}
