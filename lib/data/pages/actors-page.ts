import { ACTOR_KIND_LABELS } from "../../format/labels";
import { actorChip, type ActorChip } from "../../queries/actor-chips";
import { groupActors, type ActorGroupKey, type ActorTree } from "../../queries/actor-groups";
import type { DatasetIndex } from "../../queries/dataset-index";
import { getData } from "../dataset";

/** An actor in the who-is-who list, with the people and bodies under it. */
export type ActorListItem = ActorChip & {
  /** "State · Prime Minister": kind, then title where there is one. */
  description: string;
  /** The first `MEMBERS_LISTED` people and bodies under it. */
  members: ActorListItem[];
  /** How many there are in all. */
  memberCount: number;
};

/** People and bodies listed under each actor, so the page stays small however many the archive holds. */
export const MEMBERS_LISTED = 12;

export type ActorsPageProps = {
  articleCount: number;
  groups: { key: ActorGroupKey; label: string; actors: ActorListItem[] }[];
};

function listItem({ actor, members }: ActorTree, index: Pick<DatasetIndex, "actors">): ActorListItem {
  return {
    ...actorChip(actor, index),
    description: `${ACTOR_KIND_LABELS[actor.kind]}${actor.title ? ` · ${actor.title}` : ""}`,
    members: members.slice(0, MEMBERS_LISTED).map((member) => listItem(member, index)),
    memberCount: members.length,
  };
}

/** Everything `/actors` shows. */
export function getActorsPage(): ActorsPageProps {
  const index = getData();
  return {
    articleCount: index.dataset.articles.length,
    groups: groupActors(index.dataset.actors).map((group) => ({
      key: group.key,
      label: group.label,
      actors: group.actors.map((tree) => listItem(tree, index)),
    })),
  };
}
