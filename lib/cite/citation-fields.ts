import { articleReference, distinctArticles } from "../format/article-reference";
import { formatFactDate } from "../format/format-date";
import { entryHeadline } from "../queries/entry-headline";
import { entryHref } from "../queries/entry-href";
import type { DatasetIndex } from "../queries/dataset-index";
import { latestCorrectionDate } from "../queries/record-updated";
import { sourceCitations } from "../queries/source-citations";
import type { DatePrecision, SourceRef } from "../schema/primitives";
import { SITE_NAME } from "../site";
import { CITABLE_KIND_LABELS, CITABLE_RECORD_KINDS, type CitableKind } from "./citable-kind";

/** What a citation of one record says, in every format: plain, serialisable (the copy button gets it). */
export type CitationFields = {
  kind: CitableKind;
  id: string;
  siteName: string;
  /** "Event record". */
  kindLabel: string;
  title: string;
  /** The record's own date, `YYYY-MM-DD`, and as precise as the sources allow ("c. 24 June 2025"); none for an actor. */
  date?: string;
  dateText?: string;
  /** Each source article once: "CNN, “Title”, 25 June 2025". */
  reportedBy: string[];
  /** The day of the record's latest correction; none: the original version. */
  version?: string;
  /** Site-relative permalink. */
  path: string;
};

type Dated = { date: string; precision: DatePrecision; dateLabel?: string | undefined; earliest?: string | undefined; latest?: string | undefined };
type CiteIndex = Pick<DatasetIndex, "timeline" | "positions" | "actors" | "proposals" | "articles" | "corrections">;

function fields(index: CiteIndex, kind: CitableKind, record: { id: string; title: string; path: string; dated?: Dated; sources: readonly SourceRef[] }): CitationFields {
  const version = latestCorrectionDate(index, CITABLE_RECORD_KINDS[kind], record.id);
  return {
    kind,
    id: record.id,
    siteName: SITE_NAME,
    kindLabel: CITABLE_KIND_LABELS[kind],
    title: record.title,
    ...(record.dated ? { date: record.dated.date, dateText: formatFactDate(record.dated) } : {}),
    reportedBy: distinctArticles(sourceCitations(record.sources, index)).map(articleReference),
    ...(version ? { version } : {}),
    path: record.path,
  };
}

const ENTRY_KINDS = { events: "event", statements: "statement", figures: "figure" } as const;

/** The citation fields of a record, or `undefined` when no record of that kind has the id. */
export function citationFields(index: CiteIndex, kind: CitableKind, id: string): CitationFields | undefined {
  switch (kind) {
    case "events":
    case "statements":
    case "figures": {
      const entry = index.timeline[index.positions.get(id) ?? -1];
      if (!entry || entry.kind !== ENTRY_KINDS[kind]) return undefined;
      return fields(index, kind, { id, title: entryHeadline(entry), path: entryHref(entry), dated: entry, sources: entry.sources });
    }
    case "actors": {
      const actor = index.actors.get(id);
      return actor && fields(index, kind, { id, title: actor.name, path: `/actors/${id}`, sources: actor.sources });
    }
    case "proposals": {
      const proposal = index.proposals.get(id);
      return proposal && fields(index, kind, { id, title: proposal.title, path: `/proposals/${id}`, dated: proposal, sources: proposal.sources });
    }
    case "sources": {
      const article = index.articles.get(id);
      if (!article) return undefined;
      const dated: Dated = article.publishedLatest
        ? { date: article.published, precision: "range", earliest: article.published, latest: article.publishedLatest }
        : { date: article.published, precision: "day" };
      // The article cites itself: its outlet and date are what "as reported by" names.
      return fields(index, kind, { id, title: article.title, path: `/sources/${id}`, dated, sources: [{ articleId: id, quote: article.title }] });
    }
  }
}
