import Link from "next/link";
import { PROVISION_LABELS } from "@/lib/format/proposal-labels";
import type { Comparison } from "@/lib/queries/proposal-comparison";
import { ProvisionKeySchema, type ProvisionKey } from "@/lib/schema/provision";

export type ComparisonControlsProps = {
  comparison: Comparison;
  hiddenRows: readonly ProvisionKey[];
};

/**
 * Chooses the compared proposals (`p`) and hidden rows (`hide`) with a plain GET form, so it
 * works without JavaScript and every comparison has a URL to share.
 */
export function ComparisonControls({ comparison, hiddenRows }: ComparisonControlsProps) {
  const hidden = new Set(hiddenRows);
  return (
    <form method="get" action="/proposals" className="pcontrols no-print" aria-labelledby="pcontrols-heading">
      <h2 id="pcontrols-heading" className="sr-only">
        Choose what to compare
      </h2>
      <fieldset className="pcontrols-set">
        <legend className="pcontrols-legend">Proposals to compare</legend>
        <ul className="pcontrols-options">
          {comparison.choices.map((choice) => (
            <li key={choice.id}>
              <label className="pcontrols-option">
                <input type="checkbox" name="p" value={choice.id} defaultChecked={choice.isSelected} />
                <span>
                  {choice.shortTitle}
                  <span className="pcontrols-hint"> · {choice.dateText}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <details className="pcontrols-rows" open={hidden.size > 0}>
        <summary>Rows to hide{hidden.size > 0 ? ` (${hidden.size} hidden)` : ""}</summary>
        <fieldset className="pcontrols-set">
          <legend className="sr-only">Rows to hide</legend>
          <ul className="pcontrols-options">
            {ProvisionKeySchema.options.map((key) => (
              <li key={key}>
                <label className="pcontrols-option">
                  <input type="checkbox" name="hide" value={key} defaultChecked={hidden.has(key)} />
                  <span>{PROVISION_LABELS[key].label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      <div className="pcontrols-actions">
        <button type="submit" className="pcontrols-submit">
          Update comparison
        </button>
        <Link href={comparison.resetHref} className="pcontrols-reset">
          Show everything
        </Link>
        <span className="pcontrols-hint">With no proposal ticked, all are compared.</span>
      </div>
    </form>
  );
}
