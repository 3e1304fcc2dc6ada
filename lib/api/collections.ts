import { z } from "zod";
import type { DatasetIndex } from "../queries/dataset-index";
import { filterTimeline } from "../queries/filter-timeline";
import { timelinePageModel } from "../queries/timeline-page-model";
import type { TimelineType } from "../schema/timeline-entry";
import { ActorKindSchema, ActorRoleSchema } from "../schema/actor";
import type { Article, ArticleFrontMatter } from "../schema/article";
import { MetricSchema } from "../schema/count";
import { EventTypeSchema } from "../schema/event";
import { ProposalStatusSchema } from "../schema/proposal";
import type { ApiParams, ParamSpec } from "./api-params";

/** The collections under /api/v1, in the order the README lists them. */
export const CollectionNameSchema = z.enum(["entries", "events", "statements", "counts", "proposals", "actors", "articles"]);
export type CollectionName = z.infer<typeof CollectionNameSchema>;

/** An article in a list: its front matter, without the text, which only `/api/v1/articles/<id>` carries. */
export type ArticleSummary = ArticleFrontMatter;

type Identified = { id: string };

export type Collection = {
  /** Singular noun for messages ("No event has the id …"). */
  noun: string;
  params: ParamSpec;
  /** Every record matching the parameters, in the order asked for (newest first by default). */
  list(index: DatasetIndex, params: ApiParams): readonly Identified[];
  /** One record in full, as `/api/dataset` gives it. */
  record(index: DatasetIndex, id: string): Identified | undefined;
};

const DATED_TIMELINE_PARAMS = ["actor", "from", "to", "q", "order", "p"] as const;

/** Timeline entries of the given types matching the parameters, as /timeline filters them. */
function timelineMatches(index: DatasetIndex, { view }: ApiParams, types: readonly TimelineType[]) {
  const entries = filterTimeline(index, { ...view, types: view.types.length > 0 ? view.types : types });
  return view.order === "oldest" ? entries.reverse() : entries;
}

/** The records behind timeline entries (every entry of a kind has its record, by construction). */
function recordsOf<T>(entries: readonly Identified[], records: ReadonlyMap<string, T>): T[] {
  return entries.flatMap((entry) => {
    const record = records.get(entry.id);
    return record ? [record] : [];
  });
}

function newestFirst<T extends Identified>(items: readonly T[], dateOf: (item: T) => string, order: ApiParams["view"]["order"]): T[] {
  const sorted = [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return order === "oldest" ? sorted.reverse() : sorted;
}

function inRange(date: string, { from, to }: ApiParams["view"]): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/** Actor ids a filter reaches: each actor asked for and, for an organisation, its people and bodies. */
function reachedActors(index: DatasetIndex, actorIds: readonly string[]): ReadonlySet<string> {
  return new Set(actorIds.flatMap((id) => [...index.actorTree.family(id)]));
}

function withoutBody(article: Article): ArticleSummary {
  const summary: Partial<Article> = { ...article };
  delete summary.body;
  return summary as ArticleSummary;
}

export const COLLECTIONS: Record<CollectionName, Collection> = {
  entries: {
    noun: "entry",
    params: { timeline: ["actor", "type", "from", "to", "q", "order", "p", "entry"] },
    // The page model /timeline itself renders from, so the API lists exactly what the page does.
    list: (index, params) => timelinePageModel(index, params.searchParams).matches,
    record: (index, id) => {
      const position = index.positions.get(id);
      return position === undefined ? undefined : index.timeline[position];
    },
  },
  events: {
    noun: "event",
    params: { timeline: [...DATED_TIMELINE_PARAMS, "type"], choices: { type: EventTypeSchema.options } },
    list: (index, params) => recordsOf(timelineMatches(index, params, EventTypeSchema.options), index.events),
    record: (index, id) => index.events.get(id),
  },
  statements: {
    noun: "statement",
    params: { timeline: DATED_TIMELINE_PARAMS },
    list: (index, params) => recordsOf(timelineMatches(index, params, ["statement"]), index.statements),
    record: (index, id) => index.statements.get(id),
  },
  counts: {
    noun: "figure",
    params: { timeline: DATED_TIMELINE_PARAMS, choices: { metric: MetricSchema.options } },
    list: (index, params) => {
      const metrics = params.choices.metric ?? [];
      const counts = recordsOf(timelineMatches(index, params, ["figure"]), index.counts);
      return metrics.length > 0 ? counts.filter((count) => metrics.includes(count.metric)) : counts;
    },
    record: (index, id) => index.counts.get(id),
  },
  proposals: {
    noun: "proposal",
    params: { timeline: ["actor", "from", "to", "order", "p"], choices: { status: ProposalStatusSchema.options } },
    list: (index, params) => {
      const { view } = params;
      const proposers = reachedActors(index, view.actorIds);
      const statuses = params.choices.status ?? [];
      const matching = index.dataset.proposals.filter(
        (proposal) =>
          inRange(proposal.date, view) &&
          (view.actorIds.length === 0 || proposal.proposerIds.some((id) => proposers.has(id))) &&
          (statuses.length === 0 || statuses.includes(proposal.statusHistory.at(-1)?.status ?? "")),
      );
      return newestFirst(matching, (proposal) => proposal.date, view.order);
    },
    record: (index, id) => index.proposals.get(id),
  },
  actors: {
    noun: "actor",
    params: { timeline: ["p"], choices: { kind: ActorKindSchema.options, role: ActorRoleSchema.options } },
    // Actors have no date: they keep the order of actors.json.
    list: (index, params) => {
      const kinds = params.choices.kind ?? [];
      const roles = params.choices.role ?? [];
      return index.dataset.actors.filter(
        (actor) => (kinds.length === 0 || kinds.includes(actor.kind)) && (roles.length === 0 || roles.includes(actor.role)),
      );
    },
    record: (index, id) => index.actors.get(id),
  },
  articles: {
    noun: "article",
    params: { timeline: ["from", "to", "order", "p"] },
    list: (index, params) =>
      newestFirst(index.dataset.articles.filter((article) => inRange(article.published, params.view)), (article) => article.published, params.view.order).map(withoutBody),
    record: (index, id) => index.articles.get(id),
  },
};
