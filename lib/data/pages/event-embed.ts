import { PRECISION_LABELS } from "../../format/labels";
import { countNoun } from "../../format/words";
import { entryData, type EntryData } from "../../queries/entry-data";
import { eventContext } from "../../queries/event-context";
import { embedTitle } from "../../root-metadata";
import { getData } from "../dataset";
import { getRetiredNotice, getRetiredNoticeMetadata } from "./corrections-page";
import { eventKicker, getEventPageMetadata } from "./event-page";

/** Passages shown from the sources; the full page has them all. */
const PASSAGES_SHOWN = 2;

/** Head of an embed: its title (marked as the embed) and the full page as canonical address. */
type EmbedHeadProps = { headTitle: string; canonical: string };

/** `/embed/events/<id>`: the event in brief, or the notice of a correction that merged or removed it. */
export type EventEmbedProps = EmbedHeadProps &
  (
    | {
        kind: "event";
        id: string;
        kicker: string;
        title: string;
        date: string;
        dateText: string;
        precisionLabel: string;
        actors: EntryData["actors"];
        summary: string;
        sources: EntryData["sources"];
        /** What the full page has beyond the embed ("2 more passages", "1 statement"…). */
        more: string[];
      }
    | { kind: "retired"; id: string; title: string; dateText: string; reason: string }
  );

/**
 * What the embed shows, from the event's context alone: the full page's getter also ranks related entries
 * and builds citations, which the embed does not show (at 1000x the data, the ranking alone took 50 ms).
 */
export function getEventEmbed(id: string): EventEmbedProps | undefined {
  const index = getData();
  const context = eventContext(id, index);
  if (context) {
    const { event, entry, statements, counts } = context;
    const view = entryData(entry, index);
    const metadata = getEventPageMetadata(id)!;
    return {
      kind: "event",
      headTitle: embedTitle(metadata.title),
      canonical: metadata.path,
      id: event.id,
      kicker: eventKicker(event),
      title: event.title,
      date: event.date,
      dateText: view.details.dateText,
      precisionLabel: PRECISION_LABELS[event.precision],
      actors: view.actors,
      summary: event.summary,
      sources: view.sources.slice(0, PASSAGES_SHOWN),
      more: [
        view.sources.length > PASSAGES_SHOWN ? countNoun(view.sources.length - PASSAGES_SHOWN, "more passage", "more passages") : undefined,
        statements.length > 0 ? countNoun(statements.length, "statement", "statements") : undefined,
        counts.length > 0 ? countNoun(counts.length, "figure", "figures") : undefined,
      ].filter((part) => part !== undefined),
    };
  }
  const notice = getRetiredNotice("event", id);
  const metadata = getRetiredNoticeMetadata("event", id, `/events/${id}`);
  if (!notice || !metadata) return undefined;
  const { correction } = notice;
  return {
    kind: "retired",
    headTitle: embedTitle(metadata.title),
    canonical: metadata.path,
    id,
    title: correction.mergedInto ? "Event merged into another" : "Event removed",
    dateText: correction.dateText,
    reason: correction.reason,
  };
}
