import { Link } from "@/components/site-link";
import { PROVISION_LABELS } from "@/lib/format/labels";
import type { ProposalPickerData, ProposalSelectionNote } from "@/lib/data/pages/proposals-page";
import type { Comparison } from "@/lib/queries/proposal-comparison";
import { ProvisionKeySchema, type ProvisionKey } from "@/lib/schema/provision";

export type ComparisonControlsProps = {
  comparison: Comparison;
  hiddenRows: readonly ProvisionKey[];
  /** Paging of the proposal list; one page on the real data. */
  picker: ProposalPickerData;
  selection: ProposalSelectionNote;
};

/**
 * Chooses the compared proposals (`p`) and hidden rows (`hide`) with a plain GET form, so it
 * works without JavaScript and every comparison has a URL to share.
 */
export function ComparisonControls({ comparison, hiddenRows, picker, selection }: ComparisonControlsProps) {
  const hidden = new Set(hiddenRows);
  const isPaged = picker.pageCount > 1;
  return (
    <form method="get" action="/proposals" className="pcontrols no-print" aria-labelledby="pcontrols-heading">
      <h2 id="pcontrols-heading" className="sr-only">
        Choose what to compare
      </h2>
      <fieldset className="pcontrols-set">
        <legend className="pcontrols-legend">Proposals to compare</legend>
        {isPaged ? (
          <p className="pcontrols-hint mb-2" data-testid="picker-page">
            Listing page {picker.page} of {picker.pageCount} of the {picker.total} proposals, latest first, with the compared ones
            always ticked. Tick up to {selection.maxCount}.
          </p>
        ) : null}
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
        {isPaged ? (
          <nav className="pcontrols-pages mt-2 flex flex-wrap gap-x-4 text-sm" aria-label="Pages of the proposal list">
            {picker.laterHref ? <Link href={picker.laterHref}>← Later proposals</Link> : null}
            {picker.earlierHref ? <Link href={picker.earlierHref}>Earlier proposals →</Link> : null}
          </nav>
        ) : null}
        {picker.page > 1 ? <input type="hidden" name="list" value={picker.page} /> : null}
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
          {selection.total > selection.defaultCount ? `Show the latest ${selection.defaultCount}` : "Show everything"}
        </Link>
        <span className="pcontrols-hint">
          {selection.total > selection.defaultCount
            ? `With no proposal ticked, the latest ${selection.defaultCount} are compared.`
            : "With no proposal ticked, all are compared."}
        </span>
      </div>
    </form>
  );
}
