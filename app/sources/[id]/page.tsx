import type { Metadata } from "next";
import { ArticleText } from "@/components/article-text";
import { CiteBox } from "@/components/cite/cite-box";
import { InferenceMark } from "@/components/inference-mark";
import { PageHeader } from "@/components/page-header";
import { CorrectionNote } from "@/components/corrections/correction-note";
import { TargetPassage } from "@/components/target-passage";
import { getSourcePage, getSourcePageMetadata, getSourcePageParams } from "@/lib/data/pages/source-page";
import { pageMetadata } from "@/lib/site-metadata";
import { retiredRecordMetadata, retiredRecordOrNotFound } from "@/app/retired-record";
import "./article.css";

type SourcePageProps = { params: Promise<{ id: string }> };

// The newest articles are built ahead of time; any other renders on its first request and is then served
// from cache (the data only changes with a deploy). An id not in the data is a 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return getSourcePageParams();
}

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const { id } = await params;
  const metadata = getSourcePageMetadata(id);
  if (!metadata) return retiredRecordMetadata("article", id, `/sources/${id}`);
  return pageMetadata(metadata);
}

export default async function SourcePage({ params }: SourcePageProps) {
  const { id } = await params;
  const article = getSourcePage(id);
  if (!article) return retiredRecordOrNotFound("article", id);
  const published = article.publishedText;

  return (
    <article className="source-page">
      <PageHeader kicker="Source article" title={article.title}>
        <p className="text-base">
          <span className="text-ink">{article.outlet ?? <span className="italic">Outlet not named in the text</span>}</span>
          <span aria-hidden="true"> · </span>
          Published <time dateTime={article.published} className="font-semibold text-ink">{published}</time>
        </p>
        <p className="mt-1 max-w-prose text-sm leading-snug">
          <InferenceMark note={article.publishedInference} isFieldNamed />
        </p>
      </PageHeader>
      <CorrectionNote corrections={article.corrections} className="mb-8 max-w-3xl" />

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
          <dd className="inline">{article.passages.length}</dd>
        </div>
        <div>
          <dt className="inline text-muted">Facts citing it: </dt>
          <dd className="inline">{article.factCount}</dd>
        </div>
        {article.repeatCount > 0 ? (
          <div>
            <dt className="inline text-muted">Paragraphs printed twice: </dt>
            <dd className="inline">{article.repeatCount}</dd>
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
        <ArticleText paragraphs={article.paragraphs} passages={article.passages} />
        <TargetPassage />
      </section>

      <p className="mt-8 break-all text-xs text-muted">
        sha256 of the original text: <span className="font-mono">{article.seedSha256}</span>
      </p>

      <div className="mt-8 max-w-3xl">
        <CiteBox citation={article.citation} />
      </div>
    </article>
  );
}
