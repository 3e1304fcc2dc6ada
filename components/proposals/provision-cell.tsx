import { CHANGE_LABELS } from "@/lib/format/labels";
import type { ComparisonCell } from "@/lib/queries/proposal-comparison";
import { CitationLink } from "./citation-link";
import { ProvisionValue } from "./provision-value";

export type ProvisionCellProps = {
  cell: ComparisonCell;
  /** Unique prefix for the cell's pop-up ids. */
  idPrefix: string;
  /** Short title of the column this one is compared with, for screen readers. */
  previousShortTitle?: string;
};

/**
 * One proposal's provision: its value with citations, or one of the two kinds of absence — the
 * sources say nothing ("Not reported"), or they say the proposal leaves it out ("Not part of
 * this proposal") — each worded and styled differently. Differences from the column to the left
 * carry a worded marker.
 */
export function ProvisionCell({ cell, idPrefix, previousShortTitle }: ProvisionCellProps) {
  const { provision, change } = cell;
  const state = provision?.state ?? "not-reported";
  const marker = CHANGE_LABELS[change];
  return (
    <td className={`pcell pcell--${state}${marker ? " pcell--marked" : ""}`} data-state={state} data-change={change}>
      {marker ? (
        <p className="pcell-change">
          {marker}
          {previousShortTitle ? <span className="sr-only"> compared with {previousShortTitle}</span> : null}
        </p>
      ) : null}
      {provision ? (
        <>
          {provision.state === "not-included" ? <p className="pcell-flag">Not part of this proposal</p> : null}
          <ProvisionValue className="pcell-value" value={provision.value} schedule={provision.schedule} hedge={provision.hedge}>
            {provision.citations.map((citation, i) => (
              <CitationLink key={`${citation.number}-${i}`} citation={citation} popoverId={`${idPrefix}-c${i}`} />
            ))}
          </ProvisionValue>
        </>
      ) : (
        <p className="pcell-none">Not reported in the sources</p>
      )}
    </td>
  );
}
