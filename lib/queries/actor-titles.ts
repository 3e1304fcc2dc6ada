import { formatFactDate } from "../format/format-date";
import { formatPublished } from "../format/format-published";
import type { ActorTitle } from "../schema/actor";
import type { DatasetIndex } from "./dataset-index";
import { sourceCitations, type SourceCitation } from "./source-citations";

/** One title an actor held, with when, as its source gives it. */
export type ActorTitleData = {
  title: string;
  /** "from 1 March 2024 to 25 June 2025", "from 1 March 2024", "until 25 June 2025", "as of 25 June 2025". */
  periodText: string;
  sources: SourceCitation[];
};

const day = (isoDate: string) => formatFactDate({ date: isoDate, precision: "day" });

/**
 * When a title was held: the dates the source gives, or, where it gives none, the date of the article that
 * names it ("as of …"), since a title is only known to hold when the article was written.
 */
export function titlePeriod(title: Pick<ActorTitle, "from" | "to">, articleDate: string | undefined): string {
  if (title.from && title.to) return `from ${day(title.from)} to ${day(title.to)}`;
  if (title.from) return `from ${day(title.from)}`;
  if (title.to) return `until ${day(title.to)}`;
  return articleDate ? `as of ${articleDate}` : "date not given";
}

/** An actor's titles over time, in the data's order, each dated and with its source passages. */
export function actorTitles(titles: readonly ActorTitle[], index: Pick<DatasetIndex, "articles">): ActorTitleData[] {
  return titles.map((title) => {
    const first = title.sources[0];
    const article = first ? index.articles.get(first.articleId) : undefined;
    return {
      title: title.title,
      periodText: titlePeriod(title, article ? formatPublished(article) : undefined),
      sources: sourceCitations(title.sources, index),
    };
  });
}
