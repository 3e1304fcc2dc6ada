import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { DraftList } from "@/components/review/draft-list";
import { dataDir } from "@/lib/data/data-dir";
import { listDrafts } from "@/lib/review/draft-files";
import { isReviewEnabled } from "@/lib/review/review-request";

// Development only (see next.config.ts): the drafts change on disk while the server runs.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review drafts", robots: { index: false } };

export default function ReviewListPage() {
  if (!isReviewEnabled()) notFound();
  return (
    <>
      <PageHeader kicker="Editors · development only" title="Review drafts">
        Drafts written by <code>npm run ingest</code>. Accepting a record writes it to <code>data/*.json</code> after the checks of{" "}
        <code>npm run check-data</code>; rejecting drops it from the draft.
      </PageHeader>
      <DraftList drafts={listDrafts(dataDir())} />
    </>
  );
}
