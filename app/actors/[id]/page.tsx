import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorChip } from "@/components/actor-chip";
import { EntryCard } from "@/components/entry-card";
import { entryView } from "@/components/entry-view";
import { PageHeader } from "@/components/page-header";
import { SourceQuote } from "@/components/source-quote";
import { getData } from "@/lib/data/dataset";
import { describeActivity } from "@/lib/format/activity-labels";
import { ACTOR_KIND_LABELS, ACTOR_ROLE_LABELS } from "@/lib/format/actor-labels";
import { joinAnd, pluralWord } from "@/lib/format/words";
import { actorActivity, type ActorActivityItem } from "@/lib/queries/actor-activity";
import { sourceQuotes } from "@/lib/queries/source-quotes";
import { pageMetadata } from "@/lib/site-metadata";
import { actorColour } from "@/lib/theme/actor-palette";

/**
 * Entries listed on an actor page: the latest ones. The page is built ahead of time, so it cannot page
 * through more; the timeline filtered to the actor does, and the page links to it.
 */
const ACTIVITY_LIMIT = 100;

type ActorPageProps = { params: Promise<{ id: string }> };

// Every actor page is built ahead of time; an id that is not in the data is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getData().dataset.actors.map((actor) => ({ id: actor.id }));
}

export async function generateMetadata({ params }: ActorPageProps): Promise<Metadata> {
  const { id } = await params;
  const actor = getData().actors.get(id);
  if (!actor) return { title: "Actor not found" };
  const role = [ACTOR_KIND_LABELS[actor.kind], actor.title].filter(Boolean).join(", ");
  return pageMetadata({
    title: actor.name,
    description: `${role}. ${actor.description} What they said and did in the Gaza ceasefire talks, each fact traced to its source.`,
    path: `/actors/${actor.id}`,
    type: "profile",
  });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/** "a, b and c" */
function listWords(words: readonly string[]): string {
  return joinAnd(words);
}

/** Activity grouped by calendar year, keeping the oldest-first order. */
function byYear(items: readonly ActorActivityItem[]): [string, ActorActivityItem[]][] {
  const years = new Map<string, ActorActivityItem[]>();
  for (const item of items) {
    const year = item.entry.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years];
}

export default async function ActorPage({ params }: ActorPageProps) {
  const { id } = await params;
  const index = getData();
  const actor = index.actors.get(id);
  if (!actor) notFound();
  const colour = actorColour(actor.id, index.actors);
  // Some descriptions only repeat the title ("Spokesman for …."); say it once.
  const showDescription = !actor.title || actor.description.replace(/\.$/, "") !== actor.title;
  const organisation = actor.organisationId ? index.actors.get(actor.organisationId) : undefined;
  const members = index.actorTree.members(actor.id);
  const activity = actorActivity(actor.id, index);
  // Oldest first, so the latest are the last ones.
  const listed = activity.slice(-ACTIVITY_LIMIT);
  const kinds = (kind: string) => activity.filter((item) => item.entry.kind === kind).length;
  const tally = [
    plural(kinds("event"), "event", "events"),
    plural(kinds("statement"), "statement", "statements"),
    plural(kinds("count"), "reported figure", "reported figures"),
  ].filter((part) => !part.startsWith("0 "));
  const sources = sourceQuotes(actor.sources, index);

  return (
    <div className="actor-page [&_figcaption_a]:underline">
      <PageHeader kicker={`${ACTOR_KIND_LABELS[actor.kind]} · ${ACTOR_ROLE_LABELS[actor.role]}`} title={actor.name}>
        {actor.title ? <p className="text-ink">{actor.title}</p> : null}
        {showDescription ? <p className="mt-1">{actor.description}</p> : null}
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <aside aria-label={`About ${actor.name}`} className="min-w-0 space-y-8 lg:order-2">
          <section aria-labelledby="profile-heading" className="rounded border border-rule border-t-4 bg-surface p-5" style={{ borderTopColor: colour }}>
            <h2 id="profile-heading" className="font-serif text-lg font-bold">Profile</h2>
            <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted">Kind</dt>
              <dd>{ACTOR_KIND_LABELS[actor.kind]}</dd>
              <dt className="text-muted">Role</dt>
              <dd>{ACTOR_ROLE_LABELS[actor.role]}</dd>
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
                    <ActorChip id={organisation.id} name={organisation.name} colour={actorColour(organisation.id, index.actors)} />
                  </dd>
                </>
              ) : null}
              {actor.aliases.length > 0 ? (
                <>
                  <dt className="text-muted">Also written</dt>
                  <dd>{actor.aliases.join("; ")}</dd>
                </>
              ) : null}
              <dt className="text-muted">Colour</dt>
              <dd className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm" style={{ backgroundColor: colour }} />
                <span>{organisation ? `shared with ${organisation.shortName}` : "used for this actor in lists and charts"}</span>
              </dd>
            </dl>
          </section>

          {members.length > 0 ? (
            <section aria-labelledby="members-heading">
              <h2 id="members-heading" className="font-serif text-lg font-bold">People and bodies</h2>
              <p className="text-sm text-muted">Those the sources quote or cite for {actor.shortName}.</p>
              <ul className="mt-3 space-y-2">
                {members.map((member) => (
                  <li key={member.id}>
                    <ActorChip id={member.id} name={member.name} colour={actorColour(member.id, index.actors)} />
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
        </aside>

        <section aria-labelledby="activity-heading" className="min-w-0 lg:order-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="activity-heading" className="font-serif text-2xl font-bold">What they said and did</h2>
            <Link href={`/timeline?actor=${actor.id}`} className="no-print text-sm font-medium underline underline-offset-2">
              {actor.shortName} on the timeline →
            </Link>
          </div>
          <p className="mt-1 text-sm text-muted">
            {activity.length === 0
              ? "No events, statements or figures in the dataset name this actor."
              : `${listWords(tally)}, oldest first${members.length > 0 ? `, including those of ${actor.shortName}’s people and bodies` : ""}.`}
            {listed.length < activity.length ? (
              <>
                {" "}
                <strong className="font-semibold text-ink">The latest {listed.length} are listed here;</strong>{" "}
                <Link href={`/timeline?actor=${actor.id}`}>all {activity.length} are on the timeline</Link>.
              </>
            ) : null}
          </p>
          {byYear(listed).map(([year, items]) => (
            <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
              <h3 id={`year-${year}`} className="border-b border-rule pb-1 font-serif text-lg font-bold">
                {year}
              </h3>
              <ol className="mt-4 space-y-4">
                {items.map((item) => (
                  <li key={item.entry.id} data-kind={item.entry.kind} data-date={item.entry.date}>
                    <EntryCard
                      {...entryView(item.entry, index)}
                      headingLevel={4}
                      actions={
                        <span className="rounded bg-surface-2 px-2 py-0.5 text-xs font-medium text-ink">
                          {describeActivity(
                            item.relations,
                            item.viaIds.map((viaId) => index.actors.get(viaId)?.name ?? viaId),
                          )}
                        </span>
                      }
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
