import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { ActorChip } from "@/components/actor-chip";
import { CiteBox } from "@/components/cite/cite-box";
import { EntryCard } from "@/components/entry-card";
import { InferenceList, InferenceMark } from "@/components/inference-mark";
import { PageHeader } from "@/components/page-header";
import { CorrectionNote } from "@/components/corrections/correction-note";
import { SourceQuote } from "@/components/source-quote";
import { getEventPage, getEventPageMetadata, getEventPageParams, type EntryLinkData } from "@/lib/data/pages/event-page";
import { EmbedThis } from "@/components/embed/embed-this";
import { EMBED_HEIGHTS, embedPathOf } from "@/lib/share/embed-snippet";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import { pageMetadata } from "@/lib/site-metadata";
import { retiredRecordMetadata, retiredRecordOrNotFound } from "@/app/retired-record";

type EventPageProps = { params: Promise<{ id: string }> };

// The newest events are built ahead of time; any other event renders on its first request and is then
// served from cache (the data only changes with a deploy). An id not in the data is a 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return getEventPageParams();
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const metadata = getEventPageMetadata(id);
  if (!metadata) return retiredRecordMetadata("event", id, `/events/${id}`);
  return pageMetadata(metadata);
}

function EntryLink({ entry, rel }: { entry: EntryLinkData; rel: "prev" | "next" }) {
  return (
    <Link href={entry.href} rel={rel} className="block rounded border border-rule bg-surface p-4 no-underline hover:border-current">
      <span className="block text-sm text-muted">{rel === "prev" ? "← Previous event" : "Next event →"}</span>
      <span className="mt-1 block font-medium text-ink">{entry.title}</span>
      <span className="block text-sm text-muted">
        <time dateTime={entry.dateTime}>{entry.dateText}</time>
      </span>
    </Link>
  );
}

export default async function EventPage({ params }: EventPageProps) {
  const { id } = await params;
  const event = getEventPage(id);
  if (!event) return retiredRecordOrNotFound("event", id);
  const { view, statements, counts, proposals, related, previous, next } = event;

  return (
    <article className="event-page [&_figcaption_a]:underline">
      <PageHeader kicker={event.kicker} title={event.title}>
        <p className="text-base">
          <time dateTime={event.dateTime} className="font-semibold text-ink">
            {event.dateText}
          </time>
          <span className="text-muted"> · {event.precisionLabel}</span>
        </p>
        {event.dateInference ? (
          <p className="mt-1 max-w-prose text-sm leading-snug">
            <InferenceMark note={event.dateInference} isFieldNamed />
          </p>
        ) : null}
        <InferenceList notes={view.details.otherInferences} />
        <ul aria-label="Actors" className="mt-3 flex flex-wrap gap-2">
          {view.actors.map((actor) => (
            <li key={actor.id}>
              <ActorChip {...actor} />
            </li>
          ))}
        </ul>
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="sr-only">Summary</h2>
            <p className="max-w-prose font-serif text-xl leading-relaxed">{event.summary}</p>
            {event.dateNote ? (
              <div className="mt-5 max-w-prose rounded border border-rule bg-surface-2 px-4 py-3 text-sm">
                <p className="font-semibold">How the date was worked out</p>
                <p className="mt-1 text-muted">{event.dateNote}</p>
              </div>
            ) : null}
          </section>

          <CorrectionNote corrections={event.corrections} className="max-w-prose" />

          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading" className="font-serif text-xl font-bold">
              What the sources say{" "}
              <span className="font-sans text-base font-normal text-muted">
                ({event.passagesLabel})
              </span>
            </h2>
            <p className="mt-1 text-sm text-muted">Quoted verbatim; each link opens the article at the highlighted passage.</p>
            <div className="mt-4 space-y-5">
              {view.sources.map((source) => (
                <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} />
              ))}
            </div>
          </section>

          {statements.length > 0 ? (
            <section aria-labelledby="statements-heading">
              <h2 id="statements-heading" className="font-serif text-xl font-bold">Statements about this event</h2>
              <ol className="mt-4 space-y-4">
                {statements.map((statement) => (
                  <li key={statement.entry.id}>
                    <EntryCard {...statement} headingLevel={3} footer={<CiteBox citation={event.entryCitations[statement.entry.id]!} isCompact />} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {counts.length > 0 ? (
            <section aria-labelledby="figures-heading">
              <h2 id="figures-heading" className="font-serif text-xl font-bold">Figures reported with this event</h2>
              <p className="mt-1 text-sm text-muted">Each figure is given as its source reports it, with who reported it.</p>
              <ol className="mt-4 space-y-4">
                {counts.map((count) => (
                  <li key={count.entry.id}>
                    <EntryCard {...count} headingLevel={3} footer={<CiteBox citation={event.entryCitations[count.entry.id]!} isCompact />} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>

        <aside className="min-w-0 space-y-8" aria-label="About this event">
          {proposals.length > 0 ? (
            <section aria-labelledby="proposals-heading">
              <h2 id="proposals-heading" className="font-serif text-lg font-bold">Proposals involved</h2>
              <ul className="mt-3 space-y-2">
                {proposals.map((proposal) => (
                  <li key={proposal.id}>
                    <Link href={`/proposals/${proposal.id}`} className="font-medium underline decoration-rule underline-offset-2 hover:decoration-current">
                      {proposal.title}
                    </Link>
                    <span className="block text-sm text-muted">
                      {proposal.dateText} · status: {proposal.statusText}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {related.length > 0 ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading" className="font-serif text-lg font-bold">Related</h2>
              <p className="text-sm text-muted">Same proposals or actors, closest first.</p>
              <ul className="mt-3 divide-y divide-rule border-y border-rule">
                {related.map((relatedEntry) => (
                  <li key={relatedEntry.id} className="py-3">
                    <p className="text-sm text-muted">
                      <time dateTime={relatedEntry.dateTime}>{relatedEntry.dateText}</time> · {relatedEntry.typeLabel}
                    </p>
                    <Link href={relatedEntry.href} className="font-medium hover:underline">
                      {relatedEntry.title}
                    </Link>
                    {relatedEntry.isStatement ? <p className="text-sm text-muted">{relatedEntry.summary}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <CiteBox citation={event.citation} />

          <p className="no-print text-sm">
            <Link href={event.timelineHref} className="underline">See this event on the timeline</Link>
          </p>
          <EmbedThis path={embedPathOf(`/events/${event.id}`)} title={`${SITE_NAME}: ${event.title}`} height={EMBED_HEIGHTS.event} origin={SITE_URL?.origin} />
        </aside>
      </div>

      <nav aria-label="Events before and after" className="no-print mt-12 grid gap-4 border-t border-rule pt-6 sm:grid-cols-2">
        <div>{previous ? <EntryLink entry={previous} rel="prev" /> : <p className="p-4 text-sm text-muted">This is the earliest event.</p>}</div>
        <div className="sm:text-right">
          {next ? <EntryLink entry={next} rel="next" /> : <p className="p-4 text-sm text-muted">This is the latest event.</p>}
        </div>
      </nav>
    </article>
  );
}
