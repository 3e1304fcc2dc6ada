import { ActorChip } from "@/components/actor-chip";
import { SourceQuote } from "@/components/source-quote";
import type { EventEmbedProps } from "@/lib/data/pages/event-embed";
import { EmbedShell } from "./embed-shell";

/** The event embed: the event in brief, or the correction that merged or removed it. */
export function EmbedEventBody({ embed }: { embed: EventEmbedProps }) {
  if (embed.kind === "retired") {
    return (
      <EmbedShell kicker="Correction" title={embed.title} fullHref={`/events/${embed.id}`} fullLabel="Read the correction">
        <p className="text-sm">
          Corrected on {embed.dateText}. {embed.reason}
        </p>
      </EmbedShell>
    );
  }
  return (
    <EmbedShell kicker={embed.kicker} title={embed.title} fullHref={`/events/${embed.id}`} fullLabel="Read the full event page">
      <p className="text-sm">
        <time dateTime={embed.date} className="font-semibold">
          {embed.dateText}
        </time>
        <span className="text-muted"> · {embed.precisionLabel}</span>
      </p>
      <ul aria-label="Actors" className="mt-2 flex flex-wrap gap-2">
        {embed.actors.map((actor) => (
          <li key={actor.id}>
            <ActorChip {...actor} linkTarget="_top" />
          </li>
        ))}
      </ul>
      <p className="mt-3 font-serif text-lg leading-relaxed">{embed.summary}</p>
      <div className="mt-3 space-y-3">
        {embed.sources.map((source) => (
          <SourceQuote key={`${source.articleId}-${source.quote}`} {...source} linkTarget="_top" />
        ))}
      </div>
      {embed.more.length > 0 ? <p className="mt-3 text-sm text-muted">On the full page: {embed.more.join(", ")}.</p> : null}
    </EmbedShell>
  );
}
