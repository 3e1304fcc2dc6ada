import { formatPublished } from "../../format/format-published";
import { countNoun, pluralWord } from "../../format/words";
import { citingFactCount } from "../../queries/article-citations";
import { getData } from "../dataset";

export type SourceListItem = {
  id: string;
  title: string;
  outlet: string | null;
  published: string;
  publishedText: string;
  /** "1 note on the text", "2 notes on the text"; absent when there are none. */
  notesText?: string;
  factCount: number;
  /** "fact cites it" or "facts cite it", after the count. */
  factWords: string;
};

export type SourcesPageProps = { articles: SourceListItem[] };

/** Everything `/sources` shows: every article, newest first. */
export function getSourcesPage(): SourcesPageProps {
  const index = getData();
  return {
    articles: index.articlesByDate.map((article) => {
      const factCount = citingFactCount(index, article.id);
      const notes = article.notes.length;
      return {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        publishedText: formatPublished(article),
        ...(notes > 0 ? { notesText: countNoun(notes, "note on the text", "notes on the text") } : {}),
        factCount,
        factWords: pluralWord(factCount, "fact cites it", "facts cite it"),
      };
    }),
  };
}
