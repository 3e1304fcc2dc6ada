import { countNoun } from "../../format/words";
import type { EntryData } from "../../queries/entry-data";
import { embedTitle } from "../../root-metadata";
import { getRetiredNotice, getRetiredNoticeMetadata } from "./corrections-page";
import { getEventPage, getEventPageMetadata } from "./event-page";

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

export function getEventEmbed(id: string): EventEmbedProps | undefined {
  const event = getEventPage(id);
  if (event) {
    const { view } = event;
    const metadata = getEventPageMetadata(id)!;
    return {
      kind: "event",
      headTitle: embedTitle(metadata.title),
      canonical: metadata.path,
      id: event.id,
      kicker: event.kicker,
      title: event.title,
      date: event.date,
      dateText: event.dateText,
      precisionLabel: event.precisionLabel,
      actors: view.actors,
      summary: event.summary,
      sources: view.sources.slice(0, PASSAGES_SHOWN),
      more: [
        view.sources.length > PASSAGES_SHOWN ? countNoun(view.sources.length - PASSAGES_SHOWN, "more passage", "more passages") : undefined,
        event.statements.length > 0 ? countNoun(event.statements.length, "statement", "statements") : undefined,
        event.counts.length > 0 ? countNoun(event.counts.length, "figure", "figures") : undefined,
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
