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

type NamedPart = Extract<CorrectionChangePart, { kind: "replaced" }> & { label: string };

/** The keys of a structured value that differ, one row each: what it was and what it is. */
function FieldTable({ parts }: { parts: NamedPart[] }) {
  if (parts.length === 0) return null;
  return (
    <table className="correction-fields">
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Part</span>
          </th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => (
          <tr key={part.label}>
            <th scope="row">{part.label}</th>
            <td>
              <CorrectionValue value={part.before} />
            </td>
            <td>
              <CorrectionValue value={part.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What a correction did: one sentence, then what changed, part by part: the value before and after, or for
 * a list what was taken out and what was put in. The keys of a structured value that differ are named
 * ("Date as shown") in a table of their own.
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
        // Named parts of an object (its keys that differ) are gathered into one table below.
        if (part.kind === "replaced" && part.label) return null;
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
      <FieldTable parts={changes.flatMap((part) => (part.kind === "replaced" && part.label ? [{ ...part, label: part.label }] : []))} />
    </>
  );
}
