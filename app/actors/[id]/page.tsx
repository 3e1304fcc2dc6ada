import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { ActorChip } from "@/components/actor-chip";
import { CiteBox } from "@/components/cite/cite-box";
import { EntryCard } from "@/components/entry-card";
import { FollowLinks } from "@/components/follow-links";
import { InferenceList } from "@/components/inference-mark";
import { PageHeader } from "@/components/page-header";
import { CorrectionNote } from "@/components/corrections/correction-note";
import { SourceQuote } from "@/components/source-quote";
import { getActorPage, getActorPageMetadata, getActorPageParams } from "@/lib/data/pages/actor-page";
import { formatNumber } from "@/lib/format/words";
import { pageMetadata } from "@/lib/site-metadata";
import { retiredRecordMetadata, retiredRecordOrNotFound } from "@/app/retired-record";

type ActorPageProps = { params: Promise<{ id: string }> };

// The most recently active actors are built ahead of time; any other actor renders on its first request
// and is then served from cache (the data only changes with a deploy). An id not in the data is a 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return getActorPageParams();
}

export async function generateMetadata({ params }: ActorPageProps): Promise<Metadata> {
  const { id } = await params;
  const metadata = getActorPageMetadata(id);
  if (!metadata) return retiredRecordMetadata("actor", id, `/actors/${id}`);
  return pageMetadata(metadata);
}

export default async function ActorPage({ params }: ActorPageProps) {
  const { id } = await params;
  const actor = getActorPage(id);
  if (!actor) return retiredRecordOrNotFound("actor", id);
  const { colour, organisation, members, sources, years } = actor;

  return (
    <div className="actor-page [&_figcaption_a]:underline">
      <PageHeader kicker={`${actor.kindLabel} · ${actor.roleLabel}`} title={actor.name}>
        {actor.title ? <p className="text-ink">{actor.title}</p> : null}
        {actor.description ? <p className="mt-1">{actor.description}</p> : null}
        <InferenceList notes={actor.inferences} />
        <div className="mt-3">
          <FollowLinks feed={actor.feed} label={`Follow ${actor.shortName}`} />
        </div>
      </PageHeader>
      <CorrectionNote corrections={actor.corrections} className="mb-8 max-w-3xl" />

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <aside aria-label={`About ${actor.name}`} className="min-w-0 space-y-8 lg:order-2">
          <section aria-labelledby="profile-heading" className="rounded border border-rule border-t-4 bg-surface p-5" style={{ borderTopColor: colour }}>
            <h2 id="profile-heading" className="font-serif text-lg font-bold">Profile</h2>
            <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted">Kind</dt>
              <dd>{actor.kindLabel}</dd>
              <dt className="text-muted">Role</dt>
              <dd>{actor.roleLabel}</dd>
              {actor.title ? (
                <>
                  <dt className="text-muted">Title</dt>
                  <dd>{actor.title}</dd>
                </>
              ) : null}
              {organisation ? (
                <>
                  <dt className="text-muted">Organisation</dt>
                  <dd>
                    <ActorChip {...organisation} />
                  </dd>
                </>
              ) : null}
              {actor.aliasesText ? (
                <>
                  <dt className="text-muted">Also written</dt>
                  <dd>{actor.aliasesText}</dd>
                </>
              ) : null}
              <dt className="text-muted">Colour</dt>
              <dd className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm" style={{ backgroundColor: colour }} />
                <span>{actor.colourNote}</span>
              </dd>
            </dl>
          </section>

          {actor.titles.length > 0 ? (
            <section aria-labelledby="titles-heading">
              <h2 id="titles-heading" className="font-serif text-lg font-bold">Titles over time</h2>
              <p className="text-sm text-muted">As the sources give them, each with its passage.</p>
              <ol className="mt-3 space-y-4">
                {actor.titles.map((title) => (
                  <li key={`${title.title}-${title.periodText}`} className="border-l-2 border-rule pl-3">
                    <p className="font-medium text-ink">{title.title}</p>
                    <p className="text-sm text-muted">{title.periodText}</p>
                    <div className="mt-2 space-y-2 text-sm">
                      {title.sources.map((source) => (
                        <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {members.length > 0 ? (
            <section aria-labelledby="members-heading">
              <h2 id="members-heading" className="font-serif text-lg font-bold">People and bodies</h2>
              <p className="text-sm text-muted">
                Those the sources quote or cite for {actor.shortName}
                {actor.memberCount > members.length ? `: the first ${members.length} of ${formatNumber(actor.memberCount)}` : ""}.
              </p>
              <ul className="mt-3 space-y-2">
                {members.map((member) => (
                  <li key={member.id}>
                    <ActorChip id={member.id} name={member.name} colour={member.colour} />
                    {member.title ? <span className="ml-2 text-sm text-muted">{member.title}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <details className="group">
            <summary className="cursor-pointer font-serif text-lg font-bold">
              Where the sources name them <span className="font-sans text-sm font-normal text-muted">({sources.length})</span>
            </summary>
            <div className="mt-3 space-y-4">
              {sources.map((source) => (
                <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
              ))}
            </div>
          </details>

          <CiteBox citation={actor.citation} />
        </aside>

        <section aria-labelledby="activity-heading" className="min-w-0 lg:order-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="activity-heading" className="font-serif text-2xl font-bold">What they said and did</h2>
            <Link href={actor.timelineHref} className="no-print text-sm font-medium underline underline-offset-2">
              {actor.shortName} on the timeline →
            </Link>
          </div>
          <p className="mt-1 text-sm text-muted">
            {actor.activitySummary}
            {actor.listedCount < actor.activityTotal ? (
              <>
                {" "}
                <strong className="font-semibold text-ink">The latest {actor.listedCount} are listed here;</strong>{" "}
                <Link href={actor.timelineHref}>all {actor.activityTotal} are on the timeline</Link>.
              </>
            ) : null}
          </p>
          {years.map(({ year, items }) => (
            <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
              <h3 id={`year-${year}`} className="border-b border-rule pb-1 font-serif text-lg font-bold">
                {year}
              </h3>
              <ol className="mt-4 space-y-4">
                {items.map((item) => (
                  <li key={item.entry.id} data-kind={item.entry.kind} data-date={item.entry.date}>
                    <EntryCard
                      entry={item.entry}
                      actors={item.actors}
                      sources={item.sources}
                      colour={item.colour}
                      details={item.details}
                      {...(item.corrected ? { corrected: item.corrected } : {})}
                      headingLevel={4}
                      actions={<span className="rounded bg-surface-2 px-2 py-0.5 text-xs font-medium text-ink">{item.relationLabel}</span>}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
