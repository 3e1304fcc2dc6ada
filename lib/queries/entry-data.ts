import { actorColour } from "../theme/actor-palette";
import { actorChips, type ActorChip } from "./actor-chips";
import type { DatasetIndex } from "./dataset-index";
import { entryDetails, type EntryDetails } from "./entry-details";
import { sourceCitations, type SourceCitation } from "./source-citations";
import type { TimelineEntry } from "../schema/timeline-entry";
import { correctionsOf, entryRecordKind } from "./correction-index";
import { correctionMarker, type CorrectionMarker } from "./correction-views";

/** What an entry card shows: the entry with its actors and sources resolved, and its colour. */
export type EntryData = {
  entry: TimelineEntry;
  actors: ActorChip[];
  sources: SourceCitation[];
  /** Colour of the entry's first actor, drawn as the card's left rule. */
  colour: string;
  /** Date wording, speaker, quote kind, venue, figure parts and our inferences, resolved for display. */
  details: EntryDetails;
  /** Its latest correction, when it has been corrected. */
  corrected?: CorrectionMarker;
};

/** Rule colour for an entry that names no actor. */
const NO_ACTOR_COLOUR = "var(--rule)";

export function entryData(
  entry: TimelineEntry,
  index: Pick<DatasetIndex, "actors" | "articles" | "statements" | "counts" | "corrections">,
): EntryData {
  const first = entry.actorIds[0];
  const latest = correctionsOf(index.corrections, entryRecordKind(entry.kind), entry.id)[0];
  return {
    entry,
    actors: actorChips(entry.actorIds, index),
    sources: sourceCitations(entry.sources, index),
    colour: first ? actorColour(first, index.actors) : NO_ACTOR_COLOUR,
    details: entryDetails(entry, index),
    ...(latest ? { corrected: correctionMarker(latest, index.corrections) } : {}),
  };
}
