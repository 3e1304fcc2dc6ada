import type { Actor } from "../schema/actor";
import type { Dataset } from "../schema/dataset";
import { METRIC_LABELS, formatCountValue } from "../format/format-count";
import type { TimelineEntry } from "../schema/timeline-entry";

/** Newest first; same-day entries keep a stable order by kind then id so pages never reshuffle. */
export function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Notes may end with their own full stop; the summary adds one. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.\s]+$/, "");
}

/** Flattens events, statements and counts into one timeline, newest first. */
export function toTimelineEntries(dataset: Dataset, actors: ReadonlyMap<string, Actor>): TimelineEntry[] {
  const dated = (f: { date: string; precision: TimelineEntry["precision"]; dateLabel?: string; dateNote?: string }) => ({
    date: f.date,
    precision: f.precision,
    ...(f.dateLabel ? { dateLabel: f.dateLabel } : {}),
    ...(f.dateNote ? { dateNote: f.dateNote } : {}),
  });

  const events: TimelineEntry[] = dataset.events.map((event) => ({
    ...dated(event),
    id: event.id,
    kind: "event",
    type: event.type,
    title: event.title,
    summary: event.summary,
    actorIds: [...event.actorIds],
    proposalIds: [...event.proposalIds],
    sources: event.sources,
  }));

  const statements: TimelineEntry[] = dataset.statements.map((statement) => {
    const speaker = actors.get(statement.speakerId);
    return {
      ...dated(statement),
      id: statement.id,
      kind: "statement",
      type: "statement",
      title: speaker?.name ?? statement.speakerId,
      venue: statement.venue,
      summary: statement.summary,
      actorIds: [...new Set([statement.speakerId, statement.actorId])],
      quotation: statement.text,
      proposalIds: [...statement.proposalIds],
      sources: statement.sources,
    };
  });

  const counts: TimelineEntry[] = dataset.counts.map((count) => {
    const reporter = count.reportedById ? actors.get(count.reportedById) : undefined;
    return {
      ...dated(count),
      id: count.id,
      kind: "count",
      type: "figure",
      title: `${METRIC_LABELS[count.metric]}: ${formatCountValue(count.value, count.qualifier)}`,
      summary: `${reporter ? `Reported by ${reporter.name}` : count.attribution}${count.note ? `; ${withoutFinalStop(count.note)}` : ""}.`,
      actorIds: count.reportedById ? [count.reportedById] : [],
      proposalIds: [],
      sources: count.sources,
    };
  });

  return [...events, ...statements, ...counts].sort(compareNewestFirst);
}
