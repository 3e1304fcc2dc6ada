import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { PageHeader } from "@/components/page-header";
import { TargetPassage } from "@/components/target-passage";
import { getData } from "@/lib/data/dataset";
import { formatFactDate } from "@/lib/format/format-date";
import { articleCitations, citingFacts } from "@/lib/queries/article-citations";
import { highlightArticle } from "@/lib/queries/article-highlights";
import { pageMetadata } from "@/lib/site-metadata";
import "./article.css";

type SourcePageProps = { params: Promise<{ id: string }> };

// Every article page is built ahead of time; an id that is not in the data is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getData().dataset.articles.map((article) => ({ id: article.id }));
}

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const { id } = await params;
  const article = getData().articles.get(id);
  if (!article) return { title: "Source article not found" };
  const published = formatFactDate({ date: article.published, precision: "day" });
  return pageMetadata({
    title: article.title,
    description: `Source article (${article.outlet ?? "outlet not named"}, published ${published}, date inferred), shown verbatim with every passage the tracker quotes highlighted and linked to the facts that cite it.`,
    path: `/sources/${article.id}`,
    type: "article",
  });
}

export default async function SourcePage({ params }: SourcePageProps) {
  const { id } = await params;
  const index = getData();
  const article = index.articles.get(id);
  if (!article) notFound();
  const highlighted = highlightArticle(article.body, articleCitations(index, article.id), (fact) => fact.key);
  const facts = citingFacts(index, article.id);
  const repeats = highlighted.paragraphs.filter((p) => p.repeatOf !== undefined).length;
  const published = formatFactDate({ date: article.published, precision: "day" });

  return (
    <article className="source-page">
      <PageHeader kicker="Source article" title={article.title}>
        <p className="text-base">
          <span className="text-ink">{article.outlet ?? <span className="italic">Outlet not named in the text</span>}</span>
          <span aria-hidden="true"> · </span>
          Published <time dateTime={article.published} className="font-semibold text-ink">{published}</time> (inferred)
        </p>
      </PageHeader>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="notes-heading" className="source-notes rounded border border-amber-600/60 bg-amber-50 p-5 text-amber-950 dark:bg-amber-950/30 dark:text-amber-50">
          <h2 id="notes-heading" className="font-serif text-lg font-bold">Notes on this text</h2>
          <p className="mt-1 text-sm opacity-80">Errors and oddities are recorded here; the text below is never corrected.</p>
          {article.notes.length > 0 ? (
            <ul className="mt-3 list-disc space-y-2 pl-5 text-sm">
              {article.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm">No errors or oddities noted.</p>
          )}
        </section>
        <section aria-labelledby="date-heading" className="rounded border border-rule bg-surface p-5">
          <h2 id="date-heading" className="font-serif text-lg font-bold">How the date was inferred</h2>
          <p className="mt-1 text-sm text-muted">The article states no date of its own; these anchors in the text fix it to {published}.</p>
          <ul className="mt-3 list-disc space-y-2 pl-5 text-sm">
            {article.publishedEvidence.map((evidence) => (
              <li key={evidence}>{evidence}</li>
            ))}
          </ul>
        </section>
      </div>

      <dl className="mt-6 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="inline text-muted">Seed file: </dt>
          <dd className="inline font-mono">{article.seedFile}</dd>
        </div>
        <div>
          <dt className="inline text-muted">Quoted passages: </dt>
          <dd className="inline">{highlighted.passages.length}</dd>
        </div>
        <div>
          <dt className="inline text-muted">Facts citing it: </dt>
          <dd className="inline">{facts.length}</dd>
        </div>
        {repeats > 0 ? (
          <div>
            <dt className="inline text-muted">Paragraphs printed twice: </dt>
            <dd className="inline">{repeats}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="text-heading" className="mt-10">
        <div className="article-row article-row-head">
          <h2 id="text-heading" className="font-serif text-2xl font-bold">The text, verbatim</h2>
          <p className="hidden text-sm font-semibold uppercase tracking-wider text-muted lg:block" aria-hidden="true">
            Cited by
          </p>
        </div>
        <p className="no-print mb-6 mt-1 max-w-prose text-sm text-muted">
          <mark className="quote-mark">Highlighted</mark> passages are quoted by the facts listed beside them (below each
          paragraph on narrow screens). Paragraph breaks follow the line breaks of the original.
        </p>
        <ArticleText paragraphs={highlighted.paragraphs} passages={highlighted.passages} />
        <TargetPassage />
      </section>

      <p className="mt-8 break-all text-xs text-muted">
        sha256 of the original text: <span className="font-mono">{article.seedSha256}</span>
      </p>
    </article>
  );
}
