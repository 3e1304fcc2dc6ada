import { Link } from "@/components/site-link";
import type { CorrectionView } from "@/lib/queries/correction-views";

export type CorrectionChangeProps = { correction: CorrectionView };

/** A value, or a word for its absence (a field the record did not have, or no longer has). */
function Value({ text }: { text: string | undefined }) {
  if (text === undefined) return <span className="italic text-muted">(none)</span>;
  return text === "" ? <span className="italic text-muted">(empty)</span> : <>{text}</>;
}

/**
 * What a correction did: one sentence, then the value before and after where the entry gives them (an edit
 * always shows both, a missing side as "(none)").
 */
export function CorrectionChange({ correction }: CorrectionChangeProps) {
  const { action, fieldLabel, before, after, mergedInto, record } = correction;
  const isEdit = action === "edited";
  return (
    <>
      <p>
        {action === "merged" && mergedInto ? (
          <>
            Merged into{" "}
            <Link href={mergedInto.href} className="underline">
              {mergedInto.label}
            </Link>
            .
          </>
        ) : action === "removed" ? (
          `Removed: this ${record.kindLabel} is no longer in the record.`
        ) : (
          <>
            {correction.actionLabel} {fieldLabel ?? `this ${record.kindLabel}`}.
          </>
        )}
      </p>
      {isEdit || before !== undefined || after !== undefined ? (
        <dl className="correction-diff">
          {isEdit || before !== undefined ? (
            <div>
              <dt>Before</dt>
              <dd>
                <Value text={before} />
              </dd>
            </div>
          ) : null}
          {isEdit || after !== undefined ? (
            <div>
              <dt>After</dt>
              <dd>
                <Value text={after} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}
