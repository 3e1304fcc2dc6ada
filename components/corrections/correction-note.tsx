import { Link } from "@/components/site-link";
import { CorrectionChange } from "@/components/corrections/correction-change";
import type { CorrectionView } from "@/lib/queries/correction-views";

export type CorrectionNoteProps = { corrections: readonly CorrectionView[]; className?: string };

/** The "Corrected" note on a record's page: each fix, newest first, with what changed, why and a link to the log. */
export function CorrectionNote({ corrections, className = "" }: CorrectionNoteProps) {
  if (corrections.length === 0) return null;
  return (
    <aside aria-labelledby="corrected-heading" className={`correction-note ${className}`}>
      <h2 id="corrected-heading" className="font-semibold">
        Corrected
      </h2>
      <ol className="mt-2 space-y-3">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <p className="text-muted">
              <time dateTime={correction.date}>{correction.dateText}</time> · {correction.categoryLabel}
            </p>
            <CorrectionChange correction={correction} />
            <p className="mt-1">
              Why: {correction.reason}{" "}
              <Link href={correction.href} className="whitespace-nowrap underline">
                See the correction
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
