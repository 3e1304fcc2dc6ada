import type { ReviewItem } from "@/lib/review/review-page";
import { candidateAnchor, recordAnchor } from "./review-anchors";
import { ReviewActions } from "./review-actions";

export type ReviewRecordCardProps = { item: ReviewItem; draftId: string };

/** One drafted record in readable form, with what the machine says about it and the editor's buttons. */
export function ReviewRecordCard({ item, draftId }: ReviewRecordCardProps) {
  const { review } = item;
  const headingId = `${recordAnchor(item.number)}-heading`;
  return (
    <article id={recordAnchor(item.number)} aria-labelledby={headingId} className="scroll-mt-4 rounded border border-rule bg-surface p-4">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        <span className="rounded bg-surface-2 px-1.5 font-bold text-accent">{item.number}</span>
        <span className="font-semibold uppercase tracking-wider">{item.noun}</span>
        <span className="font-mono break-all">{item.id}</span>
        {review.status !== "pending" ? <span className="rounded border border-rule px-1">marked {review.status}</span> : null}
      </p>
      <h3 id={headingId} className="mt-2 font-serif text-lg font-semibold break-words">
        {item.heading}
      </h3>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {item.fields.map((field) => (
          <div key={field.label} className="contents">
            <dt className="text-muted">{field.label}</dt>
            <dd className="break-words">{field.value}</dd>
          </div>
        ))}
        <dt className="text-muted">Confidence</dt>
        <dd>{Math.round(review.confidence * 100)}%</dd>
        <dt className="text-muted">Cue</dt>
        <dd className="break-words">“{review.cue}”</dd>
        {review.notes.length > 0 ? (
          <>
            <dt className="text-muted">Notes</dt>
            <dd>
              <ul className="list-disc pl-4">
                {review.notes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-sm">
        {item.isPlaced ? (
          <a href={`#${candidateAnchor(item.number)}`}>Show in the text</a>
        ) : (
          <span className="text-accent">Its offsets ({review.start}–{review.end}) fall outside the article text.</span>
        )}
      </p>
      <ReviewActions draftId={draftId} collection={item.collection} recordId={item.id} noun={item.noun} json={item.json} />
    </article>
  );
}
