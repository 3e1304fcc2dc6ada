import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryCard } from "@/components/entry-card";
import { PageHeader } from "@/components/page-header";
import { ActorChip } from "@/components/actor-chip";
import { entryView } from "@/components/entry-view";
import { SourceQuote } from "@/components/source-quote";
import { StatusBadge } from "@/components/proposals/status-badge";
import { StatusHistory } from "@/components/proposals/status-history";
import { getData } from "@/lib/data/dataset";
import { formatFactDate } from "@/lib/format/format-date";
import { CHANGE_LABELS, PROVISION_LABELS } from "@/lib/format/proposal-labels";
import { comparisonHref } from "@/lib/params/proposal-params";
import { diffProvisions } from "@/lib/queries/diff-provisions";
import { currentStatus, proposerChips, statusHistoryView, statusView } from "@/lib/queries/proposal-comparison";
import { orderProposals } from "@/lib/queries/proposal-order";
import type { SourceRef } from "@/lib/schema/primitives";
import { ProvisionKeySchema } from "@/lib/schema/provision";
import { pageMetadata } from "@/lib/site-metadata";
import "../proposals.css";

type ProposalPageProps = { params: Promise<{ id: string }> };

/** Only the proposals in the data have pages; any other id is a real 404. */
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getData().dataset.proposals.map((proposal) => ({ id: proposal.id }));
}

export async function generateMetadata({ params }: ProposalPageProps): Promise<Metadata> {
  const { id } = await params;
  const proposal = getData().proposals.get(id);
  if (!proposal) notFound();
  return pageMetadata({ title: proposal.title, description: proposal.summary, path: `/proposals/${proposal.id}`, type: "article" });
}

export default async function ProposalPage({ params }: ProposalPageProps) {
  const { id } = await params;
  const index = getData();
  const proposal = index.proposals.get(id);
  if (!proposal) notFound();

  const ordered = orderProposals(index.dataset.proposals);
  const allIds = ordered.map((p) => p.id);
  const position = allIds.indexOf(proposal.id);
  const previous = position > 0 ? ordered[position - 1] : undefined;
  const next = ordered[position + 1];
  const respondsTo = proposal.respondsToId ? index.proposals.get(proposal.respondsToId) : undefined;
  const changes = previous ? diffProvisions([previous, proposal])[1]?.changes : undefined;
  const status = statusView(proposal, currentStatus(proposal), index);
  const reactions = index.timeline.filter((entry) => entry.kind !== "count" && entry.proposalIds.includes(proposal.id)).toReversed();
  const quote = (ref: SourceRef) => {
    const article = index.articles.get(ref.articleId);
    return article ? (
      <SourceQuote
        key={`${ref.articleId}-${ref.quote}`}
        quote={ref.quote}
        articleId={article.id}
        articleTitle={article.title}
        outlet={article.outlet}
        published={article.published}
      />
    ) : null;
  };

  return (
    <article className="proposals-page">
      <p className="no-print mb-4 text-sm">
        <Link href="/proposals">← All proposals compared</Link>
      </p>
      <PageHeader kicker="Proposal" title={proposal.title}>
        <p>{proposal.summary}</p>
      </PageHeader>

      <dl className="pfacts">
        <div>
          <dt>Put forward by</dt>
          <dd>
            <ul className="flex flex-wrap gap-2">
              {proposerChips(proposal, index).map((chip) => (
                <li key={chip.id}>
                  <ActorChip {...chip} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={proposal.date}>{formatFactDate(proposal)}</time>
            {proposal.dateNote ? <span className="block text-sm text-muted">{proposal.dateNote}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={status.status} label={status.label} />{" "}
            <span className="text-sm text-muted">{status.dateText}</span>
          </dd>
        </div>
        {respondsTo ? (
          <div>
            <dt>Responds to</dt>
            <dd>
              <Link href={`/proposals/${respondsTo.id}`}>{respondsTo.title}</Link>
            </dd>
          </div>
        ) : null}
      </dl>

      <p className="no-print mt-6 flex flex-wrap gap-x-5 gap-y-2">
        {previous ? (
          <Link href={comparisonHref({ proposalIds: [previous.id, proposal.id], hiddenRows: [] }, allIds)}>
            Compare with the {previous.shortTitle}
          </Link>
        ) : null}
        {respondsTo && respondsTo.id !== previous?.id ? (
          <Link href={comparisonHref({ proposalIds: [respondsTo.id, proposal.id], hiddenRows: [] }, allIds)}>
            Compare with the {respondsTo.shortTitle}
          </Link>
        ) : null}
        {next ? (
          <Link href={comparisonHref({ proposalIds: [proposal.id, next.id], hiddenRows: [] }, allIds)}>
            Compare with the {next.shortTitle}
          </Link>
        ) : null}
      </p>

      <section aria-labelledby="history-heading" className="mt-12">
        <h2 id="history-heading" className="font-serif text-2xl font-bold">
          Status history
        </h2>
        <StatusHistory history={statusHistoryView(proposal, index)} />
      </section>

      <section aria-labelledby="provisions-heading" className="mt-12">
        <h2 id="provisions-heading" className="font-serif text-2xl font-bold">
          Provisions
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          As the sources describe them, each with the passages it rests on.
          {previous ? ` Marked provisions differ from the ${previous.shortTitle}, the plan before this one.` : null}
        </p>
        <dl className="pprovisions mt-4">
          {ProvisionKeySchema.options.map((key) => {
            const provision = proposal.provisions[key];
            const change = changes?.[key];
            const marker = change ? CHANGE_LABELS[change] : undefined;
            const before = previous?.provisions[key];
            return (
              <div key={key} id={`provision-${key}`} data-row={key} data-state={provision?.state ?? "not-reported"}>
                <dt>
                  {PROVISION_LABELS[key].label}
                  <span className="block font-sans text-sm font-normal text-muted">{PROVISION_LABELS[key].description}</span>
                </dt>
                <dd className="space-y-3">
                  {marker && previous ? (
                    <p className="text-sm">
                      <span className="pcell-change">{marker}</span>{" "}
                      <span className="text-muted">
                        {before ? `${previous.shortTitle}: ${before.value}` : `Not reported for the ${previous.shortTitle}.`}
                      </span>
                    </p>
                  ) : null}
                  {provision ? (
                    <>
                      {provision.state === "not-included" ? <p className="pcell-flag">Not part of this proposal</p> : null}
                      <p className="text-lg">{provision.value}</p>
                      <div className="space-y-3">{provision.sources.map(quote)}</div>
                    </>
                  ) : (
                    <p className="pcell-none">Not reported in the sources</p>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="reactions-heading" className="mt-12">
        <h2 id="reactions-heading" className="font-serif text-2xl font-bold">
          Events and reactions
        </h2>
        {reactions.length === 0 ? (
          <p className="mt-3 text-muted">The sources report no events or statements about this proposal.</p>
        ) : (
          <ol className="mt-4 space-y-4">
            {reactions.map((entry) => (
              <li key={entry.id}>
                <EntryCard {...entryView(entry, index)} headingLevel={3} />
              </li>
            ))}
          </ol>
        )}
        <p className="no-print mt-4 text-sm">
          <Link href="/proposals#positions-heading">Each side’s positions on the contested provisions →</Link>
        </p>
      </section>

      <section aria-labelledby="sources-heading" className="mt-12">
        <h2 id="sources-heading" className="font-serif text-2xl font-bold">
          Sources for this proposal
        </h2>
        <div className="mt-4 space-y-3">{proposal.sources.map(quote)}</div>
      </section>
    </article>
  );
}
