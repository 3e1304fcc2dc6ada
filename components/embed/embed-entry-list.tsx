import { formatFactDate, formatShortDate } from "@/lib/format/format-date";
import { TYPE_LABELS } from "@/lib/format/labels";
import { entryHref } from "@/lib/queries/entry-href";
import type { EntryData } from "@/lib/queries/entry-data";
import { TopLink } from "./top-link";

export type EmbedEntryListProps = { entries: readonly EntryData[] };

/** Timeline entries in a compact list: date, type, title (the permalink), who, and the first source. */
export function EmbedEntryList({ entries }: EmbedEntryListProps) {
  return (
    <ol className="space-y-3">
      {entries.map(({ entry, actors, sources, colour }) => {
        const [source, ...moreSources] = sources;
        return (
          <li key={entry.id} className="border-l-4 pl-3" style={{ borderColor: colour }}>
            <p className="text-sm text-muted">
              <time dateTime={entry.date}>{formatFactDate(entry)}</time> · {TYPE_LABELS[entry.type]}
            </p>
            <p className="font-semibold leading-snug">
              <TopLink href={entryHref(entry)} className="text-ink">
                {entry.title}
              </TopLink>
            </p>
            <p className="text-sm">{entry.summary}</p>
            <p className="text-sm text-muted">
              {actors.length > 0 ? `${actors.map((actor) => actor.name).join(", ")} · ` : null}
              {source ? (
                <>
                  Source:{" "}
                  <TopLink href={`/sources/${source.articleId}`} className="text-muted">
                    {source.outlet ?? source.articleTitle}
                  </TopLink>
                  , {formatShortDate(source.published)}
                  {moreSources.length > 0 ? ` and ${moreSources.length} more` : null}
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
