import { formatPublished } from "../../format/format-published";
import { citationFields, type CitationFields } from "../../cite/citation-fields";
import type { PageMetadataInput } from "../../site-metadata";
import { articleCitations, citingFactCount, type CitingFact } from "../../queries/article-citations";
import { highlightArticle, type ArticleParagraph, type Passage } from "../../queries/article-highlights";
import { inferenceFor, type InferenceNote } from "../../queries/inference-notes";
import { newestArticleIds } from "../../queries/prerender-ids";
import { recordCorrectionViews, type CorrectionView } from "../../queries/correction-views";
import { cardPath } from "../../share/card-path";
import { getData } from "../dataset";
import { idParams, PRERENDER_LIMIT } from "./prerender";

export type SourcePageProps = {
  id: string;
  title: string;
  outlet: string | null;
  published: string;
  /** The inferred publication date as shown ("25 June 2025", "25 or 26 June 2025"). */
  publishedText: string;
  publishedEvidence: string[];
  /** Every article's date is worked out from its text: the page marks it as ours, as every inference is. */
  publishedInference: InferenceNote;
  notes: string[];
  seedFile: string;
  seedSha256: string;
  /** The text in paragraphs, quoted passages marked, and the passages with the facts citing them. */
  paragraphs: ArticleParagraph[];
  passages: Passage<CitingFact>[];
  factCount: number;
  /** Paragraphs the original prints twice. */
  repeatCount: number;
  /** How to cite the article as this site holds it. */
  citation: CitationFields;
  /** Published fixes to this record, newest first (the "Corrected" note). */
  corrections: CorrectionView[];
};

/** Why an article's date is ours: the seed files carry none, so each is worked out from anchors in the text. */
const PUBLISHED_REASON = "The article states no date of its own; the anchors in its text listed under “How the date was inferred” fix it.";

/** Everything `/sources/<id>` shows, or `undefined` for an id not in the data. */
export function getSourcePage(id: string): SourcePageProps | undefined {
  const index = getData();
  const article = index.articles.get(id);
  if (!article) return undefined;
  const { paragraphs, passages } = highlightArticle(article.body, articleCitations(index, article.id), (fact) => fact.key);
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    publishedText: formatPublished(article),
    publishedEvidence: [...article.publishedEvidence],
    publishedInference: inferenceFor([{ field: "published", reason: PUBLISHED_REASON }], "published")!,
    notes: [...article.notes],
    seedFile: article.seedFile,
    seedSha256: article.seedSha256,
    paragraphs,
    passages,
    factCount: citingFactCount(index, article.id),
    repeatCount: paragraphs.filter((p) => p.repeatOf !== undefined).length,
    citation: citationFields(index, "sources", article.id)!,
    corrections: recordCorrectionViews(index, "article", article.id),
  };
}

/** Title and description of `/sources/<id>`, or `undefined` for an unknown id. */
export function getSourcePageMetadata(id: string): PageMetadataInput | undefined {
  const article = getData().articles.get(id);
  if (!article) return undefined;
  return {
    title: article.title,
    description: `Source article (${article.outlet ?? "outlet not named"}, published ${formatPublished(article)}, date inferred), shown verbatim with every passage the tracker quotes highlighted and linked to the facts that cite it.`,
    path: `/sources/${article.id}`,
    type: "article",
    image: cardPath("sources", article.id),
  };
}

/** The article pages the build renders ahead of time. */
export function getSourcePageParams(): { id: string }[] {
  return idParams(newestArticleIds(getData(), PRERENDER_LIMIT));
}
