import { Link } from "@/components/site-link";
import { CorrectionChange } from "@/components/corrections/correction-change";
import { FollowLinks } from "@/components/follow-links";
import { PageHeader } from "@/components/page-header";
import { SourceQuote } from "@/components/source-quote";
import { getCorrectionsPage } from "@/lib/data/pages/corrections-page";
import { CORRECTIONS_FEED } from "@/lib/feeds/feed-model";
import { pageMetadata } from "@/lib/site-metadata";

export const metadata = pageMetadata({
  title: "Corrections",
  description:
    "Every fix to a record on Ceasefire Tracker, newest first: what the record said, what it says now, why, and the passages of the article that show it.",
  path: "/corrections",
  feed: CORRECTIONS_FEED,
});

export default function CorrectionsPage() {
  const { corrections, countText } = getCorrectionsPage();
  return (
    <>
      <PageHeader kicker="Corrections" title="Corrections">
        <p>
          Every fix to a record is listed here, newest first: what the record said, what it says now, why, and the
          passages of the article that show it. A record that was merged or removed keeps its address, which says where
          it went.
        </p>
        <div className="mt-3">
          <FollowLinks feed={CORRECTIONS_FEED} label="Follow the corrections" />
        </div>
      </PageHeader>
      {corrections.length === 0 ? (
        <p role="status" className="max-w-prose rounded border border-rule bg-surface px-4 py-3">
          No corrections so far. When a record is found to say more than, or other than, its article, the fix will be
          listed here.
        </p>
      ) : (
        <>
          <p className="mb-4 text-sm text-muted">{countText}, newest first.</p>
          <ol className="divide-y divide-rule border-y border-rule">
            {corrections.map((correction) => (
              <li key={correction.id}>
                <article id={correction.id} aria-labelledby={`${correction.id}-title`} className="correction-entry">
                  <p className="text-sm text-muted">
                    <time dateTime={correction.date} className="font-semibold text-ink">
                      {correction.dateText}
                    </time>{" "}
                    · {correction.categoryLabel}
                  </p>
                  <h2 id={`${correction.id}-title`} className="mt-1 font-serif text-xl font-bold leading-snug">
                    <span className="font-sans text-base font-normal text-muted">
                      {correction.actionLabel} {correction.record.kindLabel}:{" "}
                    </span>
                    <Link href={correction.record.href} className="text-ink underline decoration-rule underline-offset-2 hover:decoration-current">
                      {correction.record.label}
                    </Link>
                  </h2>
                  <div className="mt-2 max-w-prose">
                    <CorrectionChange correction={correction} />
                    <p className="mt-2">
                      <span className="font-semibold">Why: </span>
                      {correction.reason}
                    </p>
                  </div>
                  <section aria-label="What the article says" className="mt-3 max-w-prose space-y-3 text-sm">
                    {correction.evidence.map((source) => (
                      <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
                    ))}
                  </section>
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
