import type { Actor } from "../schema/actor";
import { matchDescribedActor, matchNamedActor } from "./actor-matching";
import { nameWords } from "./actor-names";
import type { ActorProposals } from "./proposed-actors";
import { expandDemonyms } from "./demonyms";
import { headNoun } from "./source-descriptors";
import type { SpeakerMemory, ResolvedSpeaker } from "./speaker-memory";
import type { SpeakerPhrase } from "./speaker-phrase";

/** A speaker resolved to an actor, with how sure we are and what the editor should know. */
export type SpeakerResolution = {
  speaker: ResolvedSpeaker;
  basis: "stated" | "inferred";
  confidence: number;
  notes: string[];
  /** The organisation the speaker speaks for (statement `actorId`). */
  speaksFor: string;
};

export type ResolutionContext = {
  actors: readonly Actor[];
  memory: SpeakerMemory;
  proposals: ActorProposals;
  /** The sentence, cited as the source of a proposed actor. */
  quote: string;
  /** False where nothing will be drafted from the attribution: known speakers only, no new actors. */
  propose?: boolean;
};

function isPluralDescription(description: string): boolean {
  return /s$/.test(headNoun(description) ?? "");
}

function speaksFor(actorId: string, context: ResolutionContext): string {
  const known = context.actors.find((actor) => actor.id === actorId) ?? context.proposals.list().find((actor) => actor.id === actorId);
  return known?.organisationId ?? actorId;
}

function resolved(speaker: ResolvedSpeaker, basis: SpeakerResolution["basis"], confidence: number, notes: string[], context: ResolutionContext): SpeakerResolution {
  return { speaker, basis, confidence, notes, speaksFor: speaksFor(speaker.actorId, context) };
}

function carried(previous: ResolvedSpeaker | undefined, why: string, context: ResolutionContext): SpeakerResolution | undefined {
  if (!previous) return undefined;
  return resolved(previous, "inferred", 0.5, [`speaker inferred: ${why}; the last speaker named before it`], context);
}

/**
 * Resolves a speaker phrase to a known actor, a proposed one, or the speaker a pronoun or "the official"
 * refers back to. Every resolution that is ours rather than the text's is marked `inferred`.
 */
export function resolveSpeaker(phrase: SpeakerPhrase | undefined, at: { start: number; end: number; cue: string }, context: ResolutionContext): SpeakerResolution | undefined {
  const { actors, memory, proposals } = context;
  if (!phrase || phrase.form === "none") return carried(memory.last(), "the text names no speaker", context);
  if (phrase.form === "pronoun") {
    const previous = /^they$/i.test(phrase.phrase) ? memory.lastPlural() : memory.lastPerson();
    if (!previous) return undefined;
    return resolved(previous, "stated", 0.8, [`“${phrase.phrase}” read as ${previous.actorId}, the last matching speaker named before it`], context);
  }
  if (phrase.form === "anaphor") {
    const previous = memory.lastDescribed(phrase.phrase);
    if (previous) return resolved(previous, "stated", 0.8, [`“${phrase.phrase}” read as the source described earlier (“${previous.description}”)`], context);
    // "the ministry", "the group", "the president": the last speaker whose name or kind fits the noun.
    const noun = phrase.phrase.toLowerCase().split(/\s+/).at(-1)!;
    const everyone = [...actors, ...proposals.list()];
    const fits = (speaker: ResolvedSpeaker) => {
      const actor = everyone.find((a) => a.id === speaker.actorId);
      if (!actor) return false;
      if (nameWords(`${actor.name} ${actor.title ?? ""}`).includes(noun)) return true;
      return (noun === "group" || noun === "movement") && actor.kind === "armed-group";
    };
    const body = memory.lastWhere(fits);
    if (body) return resolved(body, "stated", 0.75, [`“${phrase.phrase}” read as ${body.actorId}, the last speaker it fits`], context);
    const named = matchNamedActor(phrase.phrase, actors);
    if (!named) return resolveDescription(phrase.phrase, at, context, 0.5);
  }
  if (phrase.form === "description") return resolveDescription(phrase.phrase, at, context, 0.85);

  const full = `${phrase.context} ${phrase.phrase}`.trim();
  const known = matchNamedActor(phrase.phrase, actors, { atEnd: true }) ?? matchNamedActor(expandDemonyms(phrase.phrase), actors, { atEnd: true });
  if (known) {
    const speaker: ResolvedSpeaker = { actorId: known.actor.id, kind: "named", isPerson: known.actor.kind === "person", isPlural: false };
    const notes = known.by === "surname" ? [`“${phrase.phrase}” matched by surname to ${known.actor.name}`] : [];
    return resolved(speaker, "stated", known.by === "surname" ? 0.85 : 0.95, notes, context);
  }
  const earlier = proposals.findByName(phrase.phrase);
  if (!earlier && context.propose === false) return undefined;
  const proposed = earlier ?? proposals.proposeNamed(phrase.phrase, phrase.context, context.quote, at);
  const speaker: ResolvedSpeaker = { actorId: proposed.id, kind: "named", isPerson: proposed.kind === "person", isPlural: false };
  return resolved(speaker, "stated", 0.7, earlier ? [] : [`new actor proposed: “${full}”`], context);
}

function resolveDescription(description: string, at: { start: number; end: number; cue: string }, context: ResolutionContext, confidence: number): SpeakerResolution | undefined {
  const known = matchDescribedActor(description, context.actors);
  const isPlural = isPluralDescription(description);
  if (known) {
    return resolved({ actorId: known.actor.id, kind: "described", description, isPerson: false, isPlural }, "stated", confidence, [`“${description}” matched to the known unnamed source ${known.actor.name}`], context);
  }
  const earlier = context.proposals.findByDescription(description);
  if (!earlier && context.propose === false) return undefined;
  const proposed = earlier ?? context.proposals.proposeDescribed(description, context.quote, at);
  return resolved({ actorId: proposed.id, kind: "described", description, isPerson: false, isPlural }, "stated", confidence - 0.1, [`new unnamed source proposed: “${description}”`], context);
}
