import { Link } from "@/components/site-link";
import { countNoun } from "@/lib/format/words";
import type { Comparison, ComparisonColumn } from "@/lib/queries/proposal-comparison";
import { ProvisionCell } from "./provision-cell";
import { StatusBadge } from "./status-badge";

export type ComparisonTableProps = {
  comparison: Comparison;
  /** Rows with reported positions below the table, which get a link down to them. */
  positionKeys?: readonly string[];
};

/** The proposer colours as one rule: a single colour, or equal bands for a jointly agreed deal. */
function colourRule(colours: readonly string[]): string {
  if (colours.length <= 1) return colours[0] ?? "var(--rule)";
  const step = 100 / colours.length;
  const bands = colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`);
  return `linear-gradient(to right, ${bands.join(", ")})`;
}

function ColumnHeading({ column }: { column: ComparisonColumn }) {
  return (
    <th scope="col" className="ptable-col" data-proposal={column.id}>
      <span aria-hidden="true" className="ptable-col-rule" style={{ background: colourRule(column.colours) }} />
      <Link href={`/proposals/${column.id}`} className="ptable-col-title">
        {column.shortTitle}
      </Link>
      <span className="ptable-col-meta">{column.dateText}</span>
      {column.kindLabel ? <span className="ptable-col-meta ptable-col-kind">{column.kindLabel}</span> : null}
      {column.proposers.length > 0 ? (
        <span className="ptable-col-meta">
          Put forward by{" "}
          {column.proposers.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? (i === column.proposers.length - 1 ? " and " : ", ") : null}
              <span className="ptable-swatch" aria-hidden="true" style={{ backgroundColor: p.colour }} />
              {p.name}
            </span>
          ))}
        </span>
      ) : null}
      <span className="ptable-col-meta ptable-col-diff">
        {column.previousShortTitle
          ? column.markedCount === 0
            ? `No marked differences from ${column.previousShortTitle}`
            : `${countNoun(column.markedCount, "row differs", "rows differ")} from ${column.previousShortTitle}`
          : "First in this comparison"}
      </span>
      {column.hideHref ? (
        <Link href={column.hideHref} className="ptable-hide no-print" aria-label={`Hide ${column.shortTitle} from the comparison`}>
          Hide
        </Link>
      ) : null}
    </th>
  );
}

/**
 * Proposals as columns (oldest first), provisions as rows. Server-rendered table markup; on
 * narrow screens it scrolls sideways inside its own box with the row headings kept in view.
 */
export function ComparisonTable({ comparison, positionKeys = [] }: ComparisonTableProps) {
  const { columns, rows } = comparison;
  const withPositions = new Set(positionKeys);
  const titles = columns.map((c) => c.shortTitle);
  return (
    <div className="ptable-wrap" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
      <table className="ptable" data-columns={columns.length}>
        <caption id="comparison-caption" className="ptable-caption">
          <span className="ptable-caption-title">
            {columns.length === 1 ? `Provisions of the ${titles[0]}` : `${columns.length} proposals compared, oldest first`}
          </span>
          <span className="ptable-caption-note">
            {columns.length > 1
              ? "A marked cell differs from the same row in the column to its left. "
              : null}
            Numbers in brackets are sources: hover over or focus one to read the quoted passage, follow it to open the article.
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="ptable-corner">
              Provision
            </th>
            {columns.map((column) => (
              <ColumnHeading key={column.id} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="ptable-status-row">
            <th scope="row" className="ptable-rowhead">
              <span className="ptable-rowhead-label">Status</span>
              <span className="ptable-rowhead-desc">Latest, and the event that brought it.</span>
            </th>
            {columns.map((column) => (
              <td key={column.id} className="pcell pcell--status" data-status={column.status.status}>
                <StatusBadge status={column.status.status} label={column.status.label} />
                <span className="pcell-status-date"> {column.status.dateText}</span>
                {column.status.eventId ? (
                  <span className="pcell-status-event">
                    <Link href={`/events/${column.status.eventId}`}>{column.status.eventTitle ?? "The event"}</Link>
                  </span>
                ) : null}
              </td>
            ))}
          </tr>
          {rows.map((row) => (
            <tr key={row.key} id={`row-${row.key}`} data-row={row.key}>
              <th scope="row" className="ptable-rowhead">
                <span className="ptable-rowhead-label">{row.label}</span>
                <span className="ptable-rowhead-desc">{row.description}</span>
                <span className="ptable-rowhead-links no-print">
                  {withPositions.has(row.key) ? (
                    <a href={`#positions-${row.key}`} aria-label={`Positions on ${row.label}`}>
                      Positions
                    </a>
                  ) : null}
                  <Link href={row.hideHref} aria-label={`Hide the row ${row.label}`}>
                    Hide
                  </Link>
                </span>
              </th>
              {row.cells.map((cell, i) => (
                <ProvisionCell
                  key={cell.proposalId}
                  cell={cell}
                  idPrefix={`cite-${row.key}-${cell.proposalId}`}
                  previousShortTitle={columns[i]?.previousShortTitle}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
