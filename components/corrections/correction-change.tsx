import { Link } from "@/components/site-link";
import type { CorrectionView } from "@/lib/queries/correction-views";

export type CorrectionChangeProps = { correction: CorrectionView };

/** What a correction did: one sentence, then the value before and after where the entry gives them. */
export function CorrectionChange({ correction }: CorrectionChangeProps) {
  const { action, fieldLabel, before, after, mergedInto, record } = correction;
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
      {before !== undefined || after !== undefined ? (
        <dl className="correction-diff">
          {before !== undefined ? (
            <div>
              <dt>Before</dt>
              <dd>{before === "" ? <span className="italic text-muted">(empty)</span> : before}</dd>
            </div>
          ) : null}
          {after !== undefined ? (
            <div>
              <dt>After</dt>
              <dd>{after === "" ? <span className="italic text-muted">(empty)</span> : after}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}
