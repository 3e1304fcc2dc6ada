import type { Actor } from "../schema/actor";
import type { Dataset } from "../schema/dataset";
import { METRIC_LABELS, formatCountValue } from "../format/format-count";
import type { TimelineEntry } from "../schema/timeline-entry";
import { speakerLabel } from "./statement-view";

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

type DatedFact = Pick<TimelineEntry, "date" | "precision" | "dateLabel" | "dateNote" | "earliest" | "latest" | "inferred">;

/**
 * An entry with the fact's date fields. Built by assignment rather than object spreads: this runs for
 * every fact on every start, and spreading was several times slower.
 */
function entryOf(
  fact: DatedFact,
  fields: Omit<TimelineEntry, "date" | "precision" | "dateLabel" | "dateNote" | "earliest" | "latest" | "inferred">,
): TimelineEntry {
  const entry: TimelineEntry = { date: fact.date, precision: fact.precision, inferred: fact.inferred, ...fields };
  if (fact.dateLabel) entry.dateLabel = fact.dateLabel;
  if (fact.dateNote) entry.dateNote = fact.dateNote;
  if (fact.earliest) entry.earliest = fact.earliest;
  if (fact.latest) entry.latest = fact.latest;
  return entry;
}

/** Flattens events, statements and counts into one timeline, newest first. */
export function toTimelineEntries(dataset: Dataset, actors: ReadonlyMap<string, Actor>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of dataset.events) {
    entries.push(
      entryOf(event, {
        id: event.id,
        kind: "event",
        type: event.type,
        title: event.title,
        summary: event.summary,
        actorIds: event.actorIds.slice(),
        proposalIds: event.proposalIds.slice(),
        sources: event.sources,
      }),
    );
  }
  for (const statement of dataset.statements) {
    const speaker = actors.get(statement.speakerId);
    entries.push(
      entryOf(statement, {
        id: statement.id,
        kind: "statement",
        type: "statement",
        // An unnamed source goes by the article's words for it, never a name the text does not give.
        title: speakerLabel(statement, speaker),
        venue: statement.venue,
        summary: statement.summary,
        actorIds: statement.actorId === statement.speakerId ? [statement.speakerId] : [statement.speakerId, statement.actorId],
        quotation: statement.text,
        proposalIds: statement.proposalIds.slice(),
        sources: statement.sources,
      }),
    );
  }
  for (const count of dataset.counts) {
    const reporter = count.reportedById ? actors.get(count.reportedById) : undefined;
    entries.push(
      entryOf(count, {
        id: count.id,
        kind: "figure",
        type: "figure",
        title: `${METRIC_LABELS[count.metric]}: ${formatCountValue(count.value, count.qualifier, count)}`,
        summary: `${reporter ? `Reported by ${reporter.name}` : count.attribution}${count.note ? `; ${withoutFinalStop(count.note)}` : ""}.`,
        actorIds: count.reportedById ? [count.reportedById] : [],
        proposalIds: [],
        sources: count.sources,
      }),
    );
  }
  return entries.sort(compareNewestFirst);
}
