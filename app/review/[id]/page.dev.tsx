import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { DraftIssues } from "@/components/review/draft-issues";
import { DraftReview } from "@/components/review/draft-review";
import { dataDir } from "@/lib/data/data-dir";
import { getReviewPage } from "@/lib/review/review-page";
import { isReviewEnabled } from "@/lib/review/review-request";

// Development only (see next.config.ts): read from disk on every request, since accepting rewrites it.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review draft", robots: { index: false } };

type ReviewDraftPageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewDraftPage({ params, searchParams }: ReviewDraftPageProps) {
  if (!isReviewEnabled()) notFound();
  const { id } = await params;
  const { done } = await searchParams;
  const result = getReviewPage(dataDir(), id);
  if (!result.ok) {
    if (result.missing) notFound();
    return (
      <>
        <PageHeader kicker="Draft" title={id} />
        <DraftIssues issues={result.issues} />
      </>
    );
  }
  const { page } = result;
  return (
    <>
      <PageHeader kicker={`Draft · published ${page.draft.article.published}`} title={page.draft.article.title}>
        <a href="/review">All drafts</a>
      </PageHeader>
      <DraftReview page={page} notice={typeof done === "string" ? done : undefined} />
    </>
  );
}
