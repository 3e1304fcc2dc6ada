import { articleReference, distinctArticles } from "../format/article-reference";
import type { DatasetIndex } from "../queries/dataset-index";
import { entryHeadline } from "../queries/entry-headline";
import { entryHref } from "../queries/entry-href";
import { entryRecordKind } from "../queries/correction-index";
import { recordUpdated } from "../queries/record-updated";
import { sourceCitations } from "../queries/source-citations";
import type { TimelineEntry } from "../schema/timeline-entry";
import type { FeedEntry } from "./feed-model";

type FeedEntryIndex = Pick<DatasetIndex, "actors" | "articles" | "corrections">;

/** A timeline entry as a feed item: its permalink, text, sources and who it names. */
export function timelineFeedEntry(entry: TimelineEntry, index: FeedEntryIndex): FeedEntry {
  return {
    path: entryHref(entry),
    title: entryHeadline(entry),
    summary: entry.summary,
    ...(entry.quotation ? { quotation: entry.quotation } : {}),
    sources: distinctArticles(sourceCitations(entry.sources, index)).map((article) => `As reported by ${articleReference(article)}`),
    authors: entry.actorIds.map((id) => index.actors.get(id)?.name ?? id),
    published: entry.date,
    updated: recordUpdated(index, entryRecordKind(entry.kind), entry.id, entry.date),
  };
}
