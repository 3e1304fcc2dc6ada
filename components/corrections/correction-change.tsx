import { Link } from "@/components/site-link";
import { CorrectionValue } from "@/components/corrections/correction-value";
import type { ShownValue } from "@/lib/format/correction-value";
import type { ChangeLeaf, CorrectionChangePart } from "@/lib/queries/correction-changes";
import type { CorrectionView } from "@/lib/queries/correction-views";

export type CorrectionChangeProps = { correction: CorrectionView };

type Side = { term: string; values: ShownValue<ChangeLeaf>[] };

/** The sides a part shows: before and after (an edit always both, "(none)" for a missing one), or what a list lost and gained. */
function sidesOf(part: CorrectionChangePart, correction: CorrectionView): Side[] {
  const isEdit = correction.action === "edited";
  if (part.kind === "list") {
    return [
      { term: "Removed", values: part.removed },
      { term: "Added", values: part.added },
    ].filter((side) => side.values.length > 0);
  }
  return [
    ...(isEdit || correction.hasBefore ? [{ term: "Before", values: [part.before] }] : []),
    ...(isEdit || correction.hasAfter ? [{ term: "After", values: [part.after] }] : []),
  ];
}

/**
 * What a correction did: one sentence, then what changed, part by part: the value before and after, or for
 * a list what was taken out and what was put in. Parts inside a structured value are named ("Date as shown").
 */
export function CorrectionChange({ correction }: CorrectionChangeProps) {
  const { action, fieldLabel, mergedInto, record, changes } = correction;
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
      {changes.map((part, index) => {
        const sides = sidesOf(part, correction);
        if (sides.length === 0) return null;
        return (
          <div key={index} className="correction-diff">
            {part.label ? <p className="correction-diff-label">{part.label}</p> : null}
            <dl>
              {sides.map((side) => (
                <div key={side.term}>
                  <dt>{side.term}</dt>
                  {side.values.map((value, at) => (
                    <dd key={at}>
                      <CorrectionValue value={value} />
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </>
  );
}
