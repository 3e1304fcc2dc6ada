import type { DraftActor } from "../schema/draft";
import type { ProposedActor } from "./proposed-actors";

/** Actor records for the speakers and bodies the dataset does not know yet. */
export function draftActors(proposed: readonly ProposedActor[]): DraftActor[] {
  return proposed.map(({ evidence, ...actor }) => ({
    ...actor,
    review: {
      status: "pending",
      confidence: actor.kind === "unnamed-source" ? 0.7 : 0.6,
      cue: evidence.cue || actor.name,
      start: evidence.start,
      end: Math.max(evidence.end, evidence.start + 1),
      notes: [
        `new ${actor.kind === "unnamed-source" ? "unnamed source" : actor.kind}: check it is not a known actor under another spelling`,
        ...(actor.organisationId ? [] : ["no organisation found in the text: set organisationId if the text ties it to one"]),
      ],
    },
  }));
}
