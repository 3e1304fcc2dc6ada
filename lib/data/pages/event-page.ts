import type { Event } from "../../schema/event";
import { factDateTime, formatFactDate } from "../../format/format-date";
import { PRECISION_LABELS, TYPE_LABELS } from "../../format/labels";
import { countNoun } from "../../format/words";
import { citationFields, type CitationFields } from "../../cite/citation-fields";
import type { PageMetadataInput } from "../../site-metadata";
import { entryHref } from "../../queries/entry-href";
import { entryData, type EntryData } from "../../queries/entry-data";
import { recordCorrectionViews, type CorrectionView } from "../../queries/correction-views";
import { eventContext } from "../../queries/event-context";
import { newestEventIds } from "../../queries/prerender-ids";
import { relatedEntries } from "../../queries/related-entries";
import type { InferenceNote } from "../../queries/inference-notes";
import type { TimelineEntry } from "../../schema/timeline-entry";
import { cardPath } from "../../share/card-path";
import { getData } from "../dataset";
import { idParams, PRERENDER_LIMIT } from "./prerender";

/** A link to another entry, with its date and type as shown. */
export type EntryLinkData = {
  id: string;
  href: string;
  title: string;
  date: string;
  /** The `<time>` value, no more precise than the text ("2025-05" for a month). */
  dateTime: string;
  dateText: string;
  typeLabel: string;
  summary: string;
};

export type EventPageProps = {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateTime: string;
  dateText: string;
  dateNote?: string;
  /** Our inference about the date, marked beside it; inferences about its links are in `view.details`. */
  dateInference?: InferenceNote;
  /** "Event · Talks". */
  kicker: string;
  precisionLabel: string;
  /** The event as an entry card would show it: its actors and source passages. */
  view: EntryData;
  /** "1 passage", "3 passages". */
  passagesLabel: string;
  statements: EntryData[];
  counts: EntryData[];
  proposals: { id: string; title: string; dateText: string; statusText: string }[];
  related: (EntryLinkData & { isStatement: boolean })[];
  previous?: EntryLinkData;
  next?: EntryLinkData;
  timelineHref: string;
  /** How to cite the event, and each statement and figure listed on its page (by entry id). */
  citation: CitationFields;
  entryCitations: Record<string, CitationFields>;
  /** Published fixes to this record, newest first (the "Corrected" note). */
  corrections: CorrectionView[];
};

function linkData(entry: TimelineEntry): EntryLinkData {
  return {
    id: entry.id,
    href: entryHref(entry),
    title: entry.title,
    date: entry.date,
    dateTime: factDateTime(entry),
    dateText: formatFactDate(entry),
    typeLabel: TYPE_LABELS[entry.type],
    summary: entry.summary,
  };
}

/** "Event · Talks": what an event's page and embed say above its title. */
export function eventKicker(event: Pick<Event, "type">): string {
  return `Event · ${TYPE_LABELS[event.type]}`;
}

/** Everything `/events/<id>` shows, or `undefined` for an id not in the data. */
export function getEventPage(id: string): EventPageProps | undefined {
  const index = getData();
  const context = eventContext(id, index);
  if (!context) return undefined;
  const { event, entry, previous, next } = context;
  const view = entryData(entry, index);
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    dateTime: view.details.dateTime,
    dateText: view.details.dateText,
    ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    ...(view.details.dateInference ? { dateInference: view.details.dateInference } : {}),
    kicker: eventKicker(event),
    precisionLabel: PRECISION_LABELS[event.precision],
    view,
    passagesLabel: countNoun(view.sources.length, "passage", "passages"),
    statements: context.statements.map((statement) => entryData(statement, index)),
    counts: context.counts.map((count) => entryData(count, index)),
    proposals: context.proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      dateText: formatFactDate(proposal),
      statusText: proposal.statusHistory.at(-1)?.status.replace(/-/g, " ") ?? "",
    })),
    related: relatedEntries(event.id, index).map((related) => ({ ...linkData(related.entry), isStatement: related.entry.kind === "statement" })),
    ...(previous ? { previous: linkData(previous) } : {}),
    ...(next ? { next: linkData(next) } : {}),
    timelineHref: `/timeline#${event.id}`,
    citation: citationFields(index, "events", event.id)!,
    entryCitations: Object.fromEntries([
      ...context.statements.map((statement) => [statement.id, citationFields(index, "statements", statement.id)!]),
      ...context.counts.map((count) => [count.id, citationFields(index, "figures", count.id)!]),
    ]),
    corrections: recordCorrectionViews(index, "event", event.id),
  };
}

/** Title and description of `/events/<id>`, or `undefined` for an unknown id. */
export function getEventPageMetadata(id: string): PageMetadataInput | undefined {
  const event = getData().events.get(id);
  if (!event) return undefined;
  return {
    title: event.title,
    description: `${formatFactDate(event)} · ${TYPE_LABELS[event.type]}. ${event.summary}`,
    path: `/events/${event.id}`,
    type: "article",
    image: cardPath("events", event.id),
  };
}

/** The event pages the build renders ahead of time. */
export function getEventPageParams(): { id: string }[] {
  return idParams(newestEventIds(getData(), PRERENDER_LIMIT));
}
