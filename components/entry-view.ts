import type { DatasetIndex } from "@/lib/queries/dataset-index";
import type { TimelineEntry } from "@/lib/schema/timeline-entry";
import { actorColour } from "@/lib/theme/actor-palette";
import type { ActorChipProps } from "./actor-chip";
import type { SourceQuoteProps } from "./source-quote";

/** Plain props for EntryCard: actor chips, source citations and colour resolved from the index. */
export function entryView(entry: TimelineEntry, index: Pick<DatasetIndex, "actors" | "articles">) {
  const actors: ActorChipProps[] = entry.actorIds.flatMap((id) => {
    const actor = index.actors.get(id);
    return actor ? [{ id, name: actor.name, colour: actorColour(id, index.actors) }] : [];
  });
  const sources: SourceQuoteProps[] = entry.sources.flatMap((source) => {
    const article = index.articles.get(source.articleId);
    return article
      ? [{ quote: source.quote, articleId: article.id, articleTitle: article.title, outlet: article.outlet, published: article.published }]
      : [];
  });
  const colour = entry.actorIds[0] ? actorColour(entry.actorIds[0], index.actors) : "var(--rule)";
  return { entry, actors, sources, colour };
}
