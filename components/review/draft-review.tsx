import { Fragment } from "react";
import type { ReviewPage } from "@/lib/review/review-page";
import { candidateAnchor, recordAnchor } from "./review-anchors";
import { ReviewRecordCard } from "./review-record-card";

export type DraftReviewProps = { page: ReviewPage; notice?: string | undefined };

/**
 * The article with each candidate's passage marked and numbered, and beside it (below, on a phone) the
 * drafted records with the same numbers. The text is rendered as text: React escapes every character.
 */
export function DraftReview({ page, notice }: DraftReviewProps) {
  return (
    <>
      {notice ? (
        <p role="status" className="mb-6 rounded border border-rule bg-surface-2 p-3">
          {notice}
        </p>
      ) : null}
      {/* On a narrow screen the records come after the whole article. */}
      <p className="mb-4 lg:hidden">
        <a href="#records-heading">Skip to the {page.items.length} proposed records</a>
      </p>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="article-heading" className="min-w-0">
          <h2 id="article-heading" className="mb-3 text-sm font-semibold uppercase tracking-wider text-muted">
            Article text
          </h2>
          {page.article.ok ? (
            <div className="space-y-4 font-serif text-lg leading-relaxed">
              {page.article.paragraphs.map((paragraph) => (
                <p key={paragraph.index}>
                  {paragraph.segments.map((segment, index) =>
                    segment.numbers.length === 0 ? (
                      <Fragment key={index}>{segment.text}</Fragment>
                    ) : (
                      <mark
                        key={index}
                        id={segment.starts[0] ? candidateAnchor(segment.starts[0]) : undefined}
                        data-candidates={segment.numbers.join(" ")}
                        className={`rounded-sm px-0.5 text-ink ${segment.numbers.length > 1 ? "bg-mark underline decoration-accent decoration-2" : "bg-mark"}`}
                      >
                        {segment.starts.length > 0 ? (
                          <sup className="mr-0.5 font-sans text-xs font-bold">
                            {segment.starts.map((number, i) => (
                              <Fragment key={number}>
                                {i > 0 ? "," : null}
                                <a href={`#${recordAnchor(number)}`} className="no-underline text-accent" aria-label={`Record ${number}`}>
                                  {number}
                                </a>
                              </Fragment>
                            ))}
                          </sup>
                        ) : null}
                        {segment.text}
                      </mark>
                    ),
                  )}
                </p>
              ))}
            </div>
          ) : (
            <p className="rounded border border-rule p-4 text-muted">{page.article.reason}</p>
          )}
        </section>
        <section aria-labelledby="records-heading" className="min-w-0">
          <h2 id="records-heading" tabIndex={-1} className="mb-3 scroll-mt-4 text-sm font-semibold uppercase tracking-wider text-muted">
            Proposed records ({page.items.length})
          </h2>
          {page.items.length === 0 ? (
            <p className="rounded border border-rule bg-surface p-4">Every record of this draft has been accepted or rejected.</p>
          ) : (
            <ol className="space-y-4">
              {page.items.map((item) => (
                <li key={`${item.collection}/${item.id}`}>
                  <ReviewRecordCard item={item} draftId={page.id} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
