/** Key to the table's markers, each shown as it appears in the table. */
export function ComparisonLegend() {
  return (
    <ul className="plegend" aria-label="How to read the table">
      <li>
        <span className="plegend-sample pcell-change">Changed</span> differs from the column to its left
      </li>
      <li>
        <span className="plegend-sample pcell-change">Newly reported</span> reported here, not for the column to its left
      </li>
      <li>
        <span className="plegend-sample pcell-change">No longer reported</span> reported for the column to its left, not here
      </li>
      <li>
        <span className="plegend-sample plegend-none">Not reported in the sources</span> the articles say nothing about it
      </li>
      <li>
        <span className="plegend-sample pcell-flag">Not part of this proposal</span> the articles say the plan leaves it out
      </li>
    </ul>
  );
}
