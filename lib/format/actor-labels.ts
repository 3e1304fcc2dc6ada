import type { ActorKind, ActorRole } from "../schema/actor";

/** Reader-facing names of actor kinds. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  state: "State",
  "government-body": "Government body",
  "armed-group": "Armed group",
  "international-body": "International body",
  "news-organisation": "News organisation",
  person: "Person",
  "unnamed-source": "Unnamed source",
};

/** Reader-facing names of the parts actors play in the negotiations. */
export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  party: "Party to the conflict",
  mediator: "Mediator",
  international: "International",
  reporter: "Reporting organisation",
  other: "Other",
};
