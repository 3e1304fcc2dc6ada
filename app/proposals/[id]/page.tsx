import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { CiteBox } from "@/components/cite/cite-box";
import { EntryCard } from "@/components/entry-card";
import { FollowLinks } from "@/components/follow-links";
import { PageHeader } from "@/components/page-header";
import { CorrectionNote } from "@/components/corrections/correction-note";
import { ActorChip } from "@/components/actor-chip";
import { SourceQuote } from "@/components/source-quote";
import { StatusBadge } from "@/components/proposals/status-badge";
import { StatusHistory } from "@/components/proposals/status-history";
import { ProvisionValue } from "@/components/proposals/provision-value";
import { InferenceList, InferenceMark } from "@/components/inference-mark";
import { getProposalPage, getProposalPageMetadata, getProposalPageParams } from "@/lib/data/pages/proposal-page";
import type { SourceCitation } from "@/lib/queries/source-citations";
import { pageMetadata } from "@/lib/site-metadata";
import { retiredRecordMetadata, retiredRecordOrNotFound } from "@/app/retired-record";
import "../proposals.css";

type ProposalPageProps = { params: Promise<{ id: string }> };

// The latest proposals are built ahead of time; any other renders on its first request and is then served
// from cache (the data only changes with a deploy). An id not in the data is a real 404.
export const dynamicParams = true;

export function generateStaticParams(): { id: string }[] {
  return getProposalPageParams();
}

export async function generateMetadata({ params }: ProposalPageProps): Promise<Metadata> {
  const { id } = await params;
  const metadata = getProposalPageMetadata(id);
  if (!metadata) return retiredRecordMetadata("proposal", id, `/proposals/${id}`);
  return pageMetadata(metadata);
}

function quote(source: SourceCitation) {
  return <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />;
}

export default async function ProposalPage({ params }: ProposalPageProps) {
  const { id } = await params;
  const proposal = getProposalPage(id);
  if (!proposal) return retiredRecordOrNotFound("proposal", id);
  const { status, respondsTo, reactions } = proposal;

  return (
    <article className="proposals-page">
      <p className="no-print mb-4 text-sm">
        <Link href="/proposals">← All proposals compared</Link>
      </p>
      <PageHeader kicker={proposal.kindLabel} title={proposal.title}>
        <p>{proposal.summary}</p>
        <div className="mt-3">
          <FollowLinks feed={proposal.feed} label="Follow this proposal" />
        </div>
      </PageHeader>
      <CorrectionNote corrections={proposal.corrections} className="mb-8 max-w-3xl" />

      <dl className="pfacts">
        {proposal.proposers.length > 0 ? (
          <div>
            <dt>Put forward by</dt>
            <dd>
              <ul className="flex flex-wrap gap-2">
                {proposal.proposers.map((chip) => (
                  <li key={chip.id}>
                    <ActorChip {...chip} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={proposal.dateTime}>{proposal.dateText}</time>
            {proposal.dateNote ? <span className="block text-sm text-muted">{proposal.dateNote}</span> : null}
            {proposal.dateInference ? (
              <span className="mt-1 block text-sm leading-snug">
                <InferenceMark note={proposal.dateInference} />
              </span>
            ) : null}
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

      <div className="mt-4 max-w-3xl">
        <InferenceList notes={proposal.otherInferences} />
      </div>

      <p className="no-print mt-6 flex flex-wrap gap-x-5 gap-y-2">
        {proposal.compareLinks.map((link) => (
          <Link key={link.href} href={link.href}>
            {link.label}
          </Link>
        ))}
      </p>

      <section aria-labelledby="history-heading" className="mt-12">
        <h2 id="history-heading" className="font-serif text-2xl font-bold">
          Status history
        </h2>
        <StatusHistory history={proposal.history} />
      </section>

      <section aria-labelledby="provisions-heading" className="mt-12">
        <h2 id="provisions-heading" className="font-serif text-2xl font-bold">
          Provisions
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          As the sources describe them, each with the passages it rests on.
          {proposal.changesNote ?? null}
        </p>
        <dl className="pprovisions mt-4">
          {proposal.provisions.map(({ key, label, description, state, change, provision }) => {
            return (
              <div key={key} id={`provision-${key}`} data-row={key} data-state={state}>
                <dt>
                  {label}
                  <span className="block font-sans text-sm font-normal text-muted">{description}</span>
                </dt>
                <dd className="space-y-3">
                  {change ? (
                    <p className="text-sm">
                      <span className="pcell-change">{change.marker}</span>{" "}
                      <span className="text-muted">{change.before}</span>
                    </p>
                  ) : null}
                  {provision ? (
                    <>
                      {provision.state === "not-included" ? <p className="pcell-flag">Not part of this proposal</p> : null}
                      <ProvisionValue className="text-lg" value={provision.value} schedule={provision.schedule} hedge={provision.hedge} />
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
            {reactions.map((reaction) => (
              <li key={reaction.entry.id}>
                <EntryCard {...reaction} headingLevel={3} />
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

      <div className="mt-12 max-w-3xl">
        <CiteBox citation={proposal.citation} />
      </div>
    </article>
  );
}
