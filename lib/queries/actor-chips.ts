import type { Actor } from "../schema/actor";
import { actorColour } from "../theme/actor-palette";
import type { DatasetIndex } from "./dataset-index";

/** An actor as a chip shows it: name and colour, linking to its page. */
export type ActorChip = {
  id: string;
  name: string;
  /** CSS colour from lib/theme/actor-palette (an organisation's people share its colour). */
  colour: string;
};

/** The chip for an actor. */
export function actorChip(actor: Pick<Actor, "id" | "name">, index: Pick<DatasetIndex, "actors">): ActorChip {
  return { id: actor.id, name: actor.name, colour: actorColour(actor.id, index.actors) };
}

/** Chips for actor ids, in their order; an unknown id is skipped. */
export function actorChips(actorIds: readonly string[], index: Pick<DatasetIndex, "actors">): ActorChip[] {
  return actorIds.flatMap((id) => {
    const actor = index.actors.get(id);
    return actor ? [actorChip(actor, index)] : [];
  });
}
