import { Link } from "@/components/site-link";
import { PageHeader } from "@/components/page-header";
import { getSourcesPage } from "@/lib/data/pages/sources-page";
import { pageMetadata } from "@/lib/site-metadata";

export const metadata = pageMetadata({
  title: "Source articles",
  description:
    "The news articles every fact on Ceasefire Tracker comes from, with their outlets, inferred publication dates and how many facts cite each.",
  path: "/sources",
});

export default function SourcesPage() {
  const { articles } = getSourcesPage();
  return (
    <>
      <PageHeader kicker="Where the facts come from" title="Source articles">
        <p>
          Every event, statement, figure and proposal on this site quotes one of these {articles.length} articles word for
          word. None of them states its own date: each date below is inferred from the text, and the article page shows how.
        </p>
      </PageHeader>
      <ol className="divide-y divide-rule border-y border-rule">
        {articles.map((article) => (
          <li key={article.id} className="grid gap-2 py-5 sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-8">
            <div className="min-w-0">
              <h2 className="font-serif text-xl font-bold leading-snug">
                <Link href={`/sources/${article.id}`} className="text-ink hover:underline">
                  {article.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {article.outlet ?? <span className="italic">outlet not named</span>}
                <span aria-hidden="true"> · </span>
                published <time dateTime={article.published}>{article.publishedText}</time>{" "}
                (inferred)
                {article.notesText ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    {article.notesText}
                  </>
                ) : null}
              </p>
            </div>
            <p className="text-sm sm:text-right">
              <span className="font-serif text-2xl font-bold tabular-nums">{article.factCount}</span>{" "}
              <span className="text-muted">{article.factWords}</span>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
