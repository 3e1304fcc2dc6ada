import type { Actor } from "../schema/actor";
import { actorNames, indexOfWords, nameWords } from "./actor-names";

/** A known actor found in a phrase, with how it was found (for the editor's notes). */
export type ActorMatch = { actor: Actor; by: "name" | "surname" | "description" };

/**
 * The known actor a speaker phrase names. The head of an English noun phrase comes last ("Hamas
 * spokesman Taher al-Nunu" is al-Nunu, not Hamas), so among the names found the one ending latest wins,
 * then the longest. A surname shared by two people matches neither.
 */
export function matchNamedActor(phrase: string, actors: readonly Actor[], options: { atEnd?: boolean } = {}): ActorMatch | undefined {
  const words = nameWords(phrase);
  let best: { actor: Actor; end: number; length: number; bySurname: boolean } | undefined;
  const surnameOwners = new Map<string, Actor[]>();
  for (const actor of actors) {
    if (actor.kind === "unnamed-source") continue;
    const names = actorNames(actor);
    const surnames = actor.kind === "person" ? names.filter((n) => n.length === 1) : [];
    for (const [word] of surnames) surnameOwners.set(word!, [...(surnameOwners.get(word!) ?? []), actor]);
    for (const name of names) {
      const at = indexOfWords(words, name);
      if (at < 0) continue;
      const end = at + name.length;
      const bySurname = surnames.includes(name);
      // "Israeli Defence Minister Yoav Gallant" is Gallant, not Israel: a speaker is the phrase's head.
      if (options.atEnd && end !== words.length) continue;
      if (!best || end > best.end || (end === best.end && name.length > best.length)) {
        best = { actor, end, length: name.length, bySurname };
      }
    }
  }
  if (!best) return undefined;
  if (best.bySurname && best.length === 1) {
    const owners = new Set(surnameOwners.get(words[best.end - 1]!) ?? []);
    if (owners.size > 1) return undefined;
  }
  return { actor: best.actor, by: best.bySurname && best.length === 1 ? "surname" : "name" };
}

const FILLER = new Set(["a", "an", "the", "unnamed", "one", "two", "three", "four", "several", "some"]);

function descriptionWords(text: string): Set<string> {
  return new Set(nameWords(text).filter((word) => !FILLER.has(word)));
}

/** Minimum word overlap (Jaccard) for a description to be a known unnamed source. */
export const DESCRIPTION_MATCH = 0.6;

/**
 * The known unnamed source a description fits ("an Israeli official" is the actor "Unnamed Israeli
 * official", not "Israeli officials"): word-set similarity, plural and singular kept apart.
 */
export function matchDescribedActor(description: string, actors: readonly Actor[]): ActorMatch | undefined {
  const words = descriptionWords(description);
  let best: { actor: Actor; score: number } | undefined;
  for (const actor of actors) {
    if (actor.kind !== "unnamed-source") continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const other = descriptionWords(name);
      let shared = 0;
      for (const word of words) if (other.has(word)) shared += 1;
      const score = shared / (words.size + other.size - shared || 1);
      if (score >= DESCRIPTION_MATCH && (!best || score > best.score)) best = { actor, score };
    }
  }
  return best ? { actor: best.actor, by: "description" } : undefined;
}
