import { Link } from "@/components/site-link";
import { CorrectionChange } from "@/components/corrections/correction-change";
import { SourceQuote } from "@/components/source-quote";
import type { CorrectionView } from "@/lib/queries/correction-views";

export type CorrectionEntryProps = { correction: CorrectionView };

/** One entry of the corrections log: when and why, the record (linked), what changed, and the evidence. */
export function CorrectionEntry({ correction }: CorrectionEntryProps) {
  return (
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
  );
}
