import { ACTOR_KIND_LABELS, ACTOR_ROLE_LABELS, describeActivity } from "../../format/labels";
import { citationFields, type CitationFields } from "../../cite/citation-fields";
import type { FeedLink } from "../../feeds/feed-model";
import type { PageMetadataInput } from "../../site-metadata";
import { actorActivity } from "../../queries/actor-activity";
import { actorTitles, type ActorTitleData } from "../../queries/actor-titles";
import { inferenceNotes, type InferenceNote } from "../../queries/inference-notes";
import { actorChip, type ActorChip } from "../../queries/actor-chips";
import { groupByYear, tallyActivity, type YearGroup } from "../../queries/activity-summary";
import { entryData, type EntryData } from "../../queries/entry-data";
import { recordCorrectionViews, type CorrectionView } from "../../queries/correction-views";
import { newestActorIds } from "../../queries/prerender-ids";
import { sourceCitations, type SourceCitation } from "../../queries/source-citations";
import { actorColour } from "../../theme/actor-palette";
import { cardPath } from "../../share/card-path";
import { getData } from "../dataset";
import { idParams, PRERENDER_LIMIT } from "./prerender";

/**
 * Entries listed on an actor page: the latest ones. The page is rendered once and cached, so it cannot
 * page through more; the timeline filtered to the actor does, and the page links to it.
 */
export const ACTIVITY_LIMIT = 100;

/** An entry on the actor page, with how it concerns the actor ("Spoke, via …"). */
export type ActivityData = EntryData & { relationLabel: string };

export type ActorPageProps = {
  id: string;
  name: string;
  shortName: string;
  title?: string;
  /** Titles over time, each dated and sourced; empty when the sources give only the current one. */
  titles: ActorTitleData[];
  /** What we worked out about the actor rather than read (e.g. the organisation they speak for). */
  inferences: InferenceNote[];
  /** Shown unless it only repeats the title. */
  description?: string;
  kindLabel: string;
  roleLabel: string;
  /** Other spellings, "a; b". */
  aliasesText?: string;
  colour: string;
  /** Whose colour it is. */
  colourNote: string;
  organisation?: ActorChip;
  /** The first `MEMBERS_SHOWN` people and bodies, in data order. */
  members: (ActorChip & { title?: string })[];
  /** How many there are in all. */
  memberCount: number;
  sources: SourceCitation[];
  timelineHref: string;
  /** The actor's feeds ("Follow"). */
  feed: FeedLink;
  /** How to cite the profile. */
  citation: CitationFields;
  /** The sentence under "What they said and did": what there is, in what order. */
  activitySummary: string;
  /** How many entries concern the actor, and how many of the latest are listed. */
  activityTotal: number;
  listedCount: number;
  /** The listed entries by year, oldest first. */
  years: YearGroup<ActivityData>[];
  /** Published fixes to this record, newest first (the "Corrected" note). */
  corrections: CorrectionView[];
};

function actorFeedLink(actor: { id: string; name: string }): FeedLink {
  return { feedPath: `/actors/${actor.id}/feed`, query: "", title: actor.name };
}

/** People and bodies an actor page lists, so the page stays small however many the archive holds. */
export const MEMBERS_SHOWN = 50;

/** Everything `/actors/<id>` shows, or `undefined` for an id not in the data. */
export function getActorPage(id: string): ActorPageProps | undefined {
  const index = getData();
  const actor = index.actors.get(id);
  if (!actor) return undefined;
  const organisation = actor.organisationId ? index.actors.get(actor.organisationId) : undefined;
  const members = index.actorTree.members(actor.id);
  const activity = actorActivity(actor.id, index);
  // Oldest first, so the latest are the last ones.
  const listed = activity.slice(-ACTIVITY_LIMIT).map(
    (item): ActivityData => ({
      ...entryData(item.entry, index),
      relationLabel: describeActivity(
        item.relations,
        item.viaIds.map((viaId) => index.actors.get(viaId)?.name ?? viaId),
      ),
    }),
  );
  // Some descriptions only repeat the title ("Spokesman for …."); say it once.
  const showDescription = !actor.title || actor.description.replace(/\.$/, "") !== actor.title;
  return {
    id: actor.id,
    name: actor.name,
    shortName: actor.shortName,
    ...(actor.title ? { title: actor.title } : {}),
    titles: actorTitles(actor.titles, index),
    inferences: inferenceNotes(actor.inferred),
    ...(showDescription ? { description: actor.description } : {}),
    kindLabel: ACTOR_KIND_LABELS[actor.kind],
    roleLabel: ACTOR_ROLE_LABELS[actor.role],
    ...(actor.aliases.length > 0 ? { aliasesText: actor.aliases.join("; ") } : {}),
    colour: actorColour(actor.id, index.actors),
    colourNote: organisation ? `shared with ${organisation.shortName}` : "used for this actor in lists and charts",
    ...(organisation ? { organisation: actorChip(organisation, index) } : {}),
    members: members.slice(0, MEMBERS_SHOWN).map((member) => ({ ...actorChip(member, index), ...(member.title ? { title: member.title } : {}) })),
    memberCount: members.length,
    sources: sourceCitations(actor.sources, index),
    timelineHref: `/timeline?actor=${actor.id}`,
    feed: actorFeedLink(actor),
    citation: citationFields(index, "actors", actor.id)!,
    activitySummary:
      activity.length === 0
        ? "No events, statements or figures in the dataset name this actor."
        : `${tallyActivity(activity)}, oldest first${members.length > 0 ? `, including those of ${actor.shortName}’s people and bodies` : ""}.`,
    activityTotal: activity.length,
    listedCount: listed.length,
    years: groupByYear(listed),
    corrections: recordCorrectionViews(index, "actor", actor.id),
  };
}

/** Title and description of `/actors/<id>`, or `undefined` for an unknown id. */
export function getActorPageMetadata(id: string): PageMetadataInput | undefined {
  const actor = getData().actors.get(id);
  if (!actor) return undefined;
  const role = [ACTOR_KIND_LABELS[actor.kind], actor.title].filter(Boolean).join(", ");
  return {
    title: actor.name,
    description: `${role}. ${actor.description} What they said and did in the Gaza ceasefire talks, each fact traced to its source.`,
    path: `/actors/${actor.id}`,
    type: "profile",
    image: cardPath("actors", actor.id),
    feed: actorFeedLink(actor),
  };
}

/** The actor pages the build renders ahead of time. */
export function getActorPageParams(): { id: string }[] {
  return idParams(newestActorIds(getData(), PRERENDER_LIMIT));
}
