import { formatFactDate } from "./format-date";

/** The article fields of a source citation (lib/queries/source-citations.ts). */
type ArticleFields = { articleTitle: string; outlet: string | null; published: string };

/** An article named in full for a reader elsewhere: `CNN, “Title”, 25 June 2025` (no outlet: title and date). */
export function articleReference({ articleTitle, outlet, published }: ArticleFields): string {
  return [outlet, `“${articleTitle}”`, formatFactDate({ date: published, precision: "day" })].filter(Boolean).join(", ");
}

/** Each article once, in the order first cited: a fact quoting one article twice names it once. */
export function distinctArticles<T extends { articleId: string }>(citations: readonly T[]): T[] {
  const seen = new Set<string>();
  return citations.filter((citation) => !seen.has(citation.articleId) && Boolean(seen.add(citation.articleId)));
}
