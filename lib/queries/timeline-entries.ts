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
 * Adds the fact's optional date fields to an entry that already has its required ones. Entries are built
 * as whole literals and completed by assignment: this runs for every fact on every start, and object
 * spreads (and copying the fact's id lists, which the entry can share since the dataset is frozen) were
 * most of its time.
 */
function withDates(entry: TimelineEntry, fact: DatedFact): TimelineEntry {
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
      withDates(
        {
          date: event.date,
          precision: event.precision,
          inferred: event.inferred,
          id: event.id,
          kind: "event",
          type: event.type,
          title: event.title,
          summary: event.summary,
          actorIds: event.actorIds,
          proposalIds: event.proposalIds,
          sources: event.sources,
        },
        event,
      ),
    );
  }
  for (const statement of dataset.statements) {
    const speaker = actors.get(statement.speakerId);
    entries.push(
      withDates(
        {
          date: statement.date,
          precision: statement.precision,
          inferred: statement.inferred,
          id: statement.id,
          kind: "statement",
          type: "statement",
          // An unnamed source goes by the article's words for it, never a name the text does not give.
          title: speakerLabel(statement, speaker),
          venue: statement.venue,
          summary: statement.summary,
          actorIds: statement.actorId === statement.speakerId ? [statement.speakerId] : [statement.speakerId, statement.actorId],
          quotation: statement.text,
          proposalIds: statement.proposalIds,
          sources: statement.sources,
        },
        statement,
      ),
    );
  }
  for (const count of dataset.counts) {
    const reporter = count.reportedById ? actors.get(count.reportedById) : undefined;
    entries.push(
      withDates(
        {
          date: count.date,
          precision: count.precision,
          inferred: count.inferred,
          id: count.id,
          kind: "figure",
          type: "figure",
          title: `${METRIC_LABELS[count.metric]}: ${formatCountValue(count.value, count.qualifier, count)}`,
          summary: `${reporter ? `Reported by ${reporter.name}` : count.attribution}${count.note ? `; ${withoutFinalStop(count.note)}` : ""}.`,
          actorIds: count.reportedById ? [count.reportedById] : [],
          proposalIds: [],
          sources: count.sources,
        },
        count,
      ),
    );
  }
  return entries.sort(compareNewestFirst);
}
