import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActorChip } from "@/components/actor-chip";
import { EmbedShell } from "@/components/embed/embed-shell";
import { SourceQuote } from "@/components/source-quote";
import { getRetiredNotice, getRetiredNoticeMetadata } from "@/lib/data/pages/corrections-page";
import { getEventPage, getEventPageMetadata } from "@/lib/data/pages/event-page";
import { countNoun } from "@/lib/format/words";
import { embedTitle } from "@/lib/root-metadata";

type EmbedEventProps = { params: Promise<{ id: string }> };

// None is built ahead: each renders on its first request and is then served from cache, so the build does
// not grow with the data. Unknown ids never get here (proxy.ts answers them with the 404 page).
export const dynamicParams = true;

export function generateStaticParams(): { id: string }[] {
  return [];
}

export async function generateMetadata({ params }: EmbedEventProps): Promise<Metadata> {
  const { id } = await params;
  const metadata = getEventPageMetadata(id) ?? getRetiredNoticeMetadata("event", id, `/events/${id}`);
  if (!metadata) notFound();
  return { title: embedTitle(metadata.title), alternates: { canonical: metadata.path } };
}

/** An event a correction merged or removed: its embed says so and links the notice on its permalink. */
function RetiredEmbed({ id }: { id: string }) {
  const notice = getRetiredNotice("event", id);
  if (!notice) notFound();
  const { correction } = notice;
  return (
    <EmbedShell kicker="Correction" title={correction.mergedInto ? "Event merged into another" : "Event removed"} fullHref={`/events/${id}`} fullLabel="Read the correction">
      <p className="text-sm">
        Corrected on {correction.dateText}. {correction.reason}
      </p>
    </EmbedShell>
  );
}

/** Shown from the sources; the full page has them all. */
const PASSAGES_SHOWN = 2;

export default async function EmbedEventPage({ params }: EmbedEventProps) {
  const { id } = await params;
  const event = getEventPage(id);
  if (!event) return <RetiredEmbed id={id} />;
  const { view } = event;
  const more = [
    view.sources.length > PASSAGES_SHOWN ? countNoun(view.sources.length - PASSAGES_SHOWN, "more passage", "more passages") : undefined,
    event.statements.length > 0 ? countNoun(event.statements.length, "statement", "statements") : undefined,
    event.counts.length > 0 ? countNoun(event.counts.length, "figure", "figures") : undefined,
  ].filter(Boolean);
  return (
    <EmbedShell kicker={event.kicker} title={event.title} fullHref={`/events/${event.id}`} fullLabel="Read the full event page">
      <p className="text-sm">
        <time dateTime={event.date} className="font-semibold">
          {event.dateText}
        </time>
        <span className="text-muted"> · {event.precisionLabel}</span>
      </p>
      <ul aria-label="Actors" className="mt-2 flex flex-wrap gap-2">
        {view.actors.map((actor) => (
          <li key={actor.id}>
            <ActorChip {...actor} linkTarget="_top" />
          </li>
        ))}
      </ul>
      <p className="mt-3 font-serif text-lg leading-relaxed">{event.summary}</p>
      <div className="mt-3 space-y-3">
        {view.sources.slice(0, PASSAGES_SHOWN).map((source) => (
          <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} linkTarget="_top" />
        ))}
      </div>
      {more.length > 0 ? <p className="mt-3 text-sm text-muted">On the full page: {more.join(", ")}.</p> : null}
    </EmbedShell>
  );
}
