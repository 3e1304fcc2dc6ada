import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { PageHeader } from "@/components/page-header";
import { ParamNotices } from "@/components/param-notices";
import { CitationDismiss } from "@/components/proposals/citation-dismiss";
import { CitationNotes } from "@/components/proposals/citation-notes";
import { ComparisonControls } from "@/components/proposals/comparison-controls";
import { ComparisonLegend } from "@/components/proposals/comparison-legend";
import { ComparisonTable } from "@/components/proposals/comparison-table";
import { PositionsSection } from "@/components/proposals/positions-section";
import { StatusHistory } from "@/components/proposals/status-history";
import { getProposalsPage, getProposalsPageTitle } from "@/lib/data/pages/proposals-page";
import type { SearchParams } from "@/lib/params/search-params";
import { cardPath } from "@/lib/share/card-path";
import { pageMetadata } from "@/lib/site-metadata";
import "./proposals.css";

const DESCRIPTION =
  "Every ceasefire and hostage-release plan in the sources, provision by provision: truce length, hostages and prisoners released, troop withdrawal, aid, guarantees — what changed from one plan to the next, and each side’s stated position, every cell traced to a quoted passage.";

/**
 * The proposals comparison for one query string: rendered per request by `/proposals` when a value could
 * not be used, and otherwise once per canonical view by `/proposals-view/<key>` (see proxy.ts).
 */
export function proposalsMetadata(params: SearchParams): Metadata {
  return pageMetadata({ title: getProposalsPageTitle(params), description: DESCRIPTION, path: "/proposals", image: cardPath("pages", "proposals") });
}

export function ProposalsPage({ params }: { params: SearchParams }) {
  const { notices, comparison, hiddenRows, positions, briefs, selection, picker } = getProposalsPage(params);

  return (
    <div className="proposals-page">
      <PageHeader kicker="Proposals" title="Every plan on the table, provision by provision">
        <p>
          What changed from one ceasefire plan to the next, and who objects to what. Each cell quotes its source; a blank
          in the sources is shown as such, never filled in.
        </p>
      </PageHeader>
      <ParamNotices notices={notices} />

      <section id="comparison" aria-labelledby="comparison-heading" className="scroll-mt-4">
        <h2 id="comparison-heading" className="sr-only">
          Comparison table
        </h2>
        {selection.isLatestOnly ? (
          <p className="mb-3 max-w-3xl" data-testid="default-selection">
            Showing the latest {selection.compared} of the {selection.total} proposals. Tick others below, up to{" "}
            {selection.maxCount} at a time, or link to any comparison with <code>?p=&lt;id&gt;&amp;p=&lt;id&gt;</code>; each
            proposal’s own page also links to a comparison with the one before it.
          </p>
        ) : null}
        <ComparisonControls comparison={comparison} hiddenRows={hiddenRows} picker={picker} selection={selection} />
        {comparison.hiddenRows.length > 0 ? (
          <p className="phidden no-print" data-testid="hidden-rows">
            <span className="font-medium">Hidden rows:</span>{" "}
            {comparison.hiddenRows.map((row, i) => (
              <span key={row.key}>
                {i > 0 ? ", " : null}
                {row.label} (
                <Link href={row.showHref} aria-label={`Show the row ${row.label}`}>
                  show
                </Link>
                )
              </span>
            ))}
          </p>
        ) : null}
        <ComparisonLegend />
        {comparison.columns.length > 1 ? (
          <p className="ptable-scroll-hint no-print" aria-hidden="true">
            Scroll the table sideways to see all {comparison.columns.length} proposals →
          </p>
        ) : null}
        <ComparisonTable comparison={comparison} positionKeys={positions.flatMap((p) => p.keys)} />
      </section>

      <PositionsSection positions={positions} />

      <section aria-labelledby="brief-heading" className="mt-14">
        <h2 id="brief-heading" className="font-serif text-2xl font-bold">
          The proposals in brief
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {briefs.map((proposal) => (
            <article key={proposal.id} className="pbrief" aria-labelledby={`brief-${proposal.id}`}>
              <h3 id={`brief-${proposal.id}`} className="font-serif text-lg font-bold leading-snug">
                <Link href={`/proposals/${proposal.id}`} className="text-ink">
                  {proposal.title}
                </Link>
              </h3>
              <p className="mt-2 text-[0.98rem]">{proposal.summary}</p>
              <h4 className="mt-3 text-sm font-semibold uppercase tracking-wide text-muted">Status history</h4>
              <StatusHistory history={proposal.history} />
            </article>
          ))}
        </div>
      </section>

      <CitationNotes notes={comparison.notes} />
      <CitationDismiss />
    </div>
  );
}
