import { ACTOR_KIND_LABELS } from "../../format/labels";
import { actorChip, type ActorChip } from "../../queries/actor-chips";
import { groupActors, type ActorGroupKey, type ActorTree } from "../../queries/actor-groups";
import type { DatasetIndex } from "../../queries/dataset-index";
import { getData } from "../dataset";

/** An actor in the who-is-who list, with the people and bodies under it. */
export type ActorListItem = ActorChip & {
  /** "State · Prime Minister": kind, then title where there is one. */
  description: string;
  members: ActorListItem[];
};

export type ActorsPageProps = {
  articleCount: number;
  groups: { key: ActorGroupKey; label: string; actors: ActorListItem[] }[];
};

function listItem({ actor, members }: ActorTree, index: Pick<DatasetIndex, "actors">): ActorListItem {
  return {
    ...actorChip(actor, index),
    description: `${ACTOR_KIND_LABELS[actor.kind]}${actor.title ? ` · ${actor.title}` : ""}`,
    members: members.map((member) => listItem(member, index)),
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
