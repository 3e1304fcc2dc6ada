import type { Actor } from "../schema/actor";
import { matchDescribedActor, matchNamedActor } from "./actor-matching";
import { nameWords } from "./actor-names";
import { expandDemonyms } from "./demonyms";
import { speakerBefore } from "./speaker-phrase";

/** Who the text credits with a figure: its words ("according to the IDF") and the actor, when known. */
export type FigureAttribution = { attribution: string; reportedById?: string };

const ACCORDING = /\baccording to\s+((?:an?\s+|the\s+)?[^,.;:“”"]+)/i;
const CLAIM_VERB = /\b(?:claims?|says?|said|reports?|reported|estimates?|estimated|expressed|believes?|believed|suggests?|suggested|confirmed|confirms|announced)\b/g;

/** The known actor a reporter phrase names: a name first, then the body sharing most words ("the territory’s health ministry"). */
export function matchReporter(phrase: string, actors: readonly Actor[]): Actor | undefined {
  const words = new Set(nameWords(phrase));
  let best: { actor: Actor; shared: number } | undefined;
  for (const actor of actors) {
    if (actor.kind === "person" || actor.kind === "unnamed-source") continue;
    const shared = nameWords(actor.name).filter((word) => words.has(word)).length;
    if (shared >= 2 && (!best || shared > best.shared)) best = { actor, shared };
  }
  // A name the phrase holds ("an AFP assessment") comes before a body sharing two words with it.
  const named = matchNamedActor(phrase, actors) ?? matchNamedActor(expandDemonyms(phrase), actors);
  if (best && (!named || best.shared > nameWords(named.actor.name).filter((w) => words.has(w)).length)) return best.actor;
  return named?.actor ?? matchDescribedActor(phrase, actors)?.actor;
}

/** The attribution of a figure in its sentence: "according to X" anywhere, else "X claims/says" before the number. */
export function attributeFigure(sentence: string, numberAt: number, actors: readonly Actor[]): FigureAttribution | undefined {
  const according = ACCORDING.exec(sentence);
  if (according?.[1]) {
    const actor = matchReporter(according[1], actors);
    return { attribution: according[0].trim(), ...(actor ? { reportedById: actor.id } : {}) };
  }
  const trailing = /,\s*((?:the\s+)?[^,;:“”"]{2,60}?)\s+(?:said|says|reported|reports|estimated|estimates|added)\b[^,;]*[.!]?\s*$/i.exec(sentence.slice(numberAt));
  if (trailing?.[1] && !/^(?:he|she|they|it|we)$/i.test(trailing[1])) {
    const actor = matchReporter(trailing[1], actors);
    return { attribution: trailing[0].replace(/^,\s*/, "").replace(/[.!]\s*$/, ""), ...(actor ? { reportedById: actor.id } : {}) };
  }
  const before = sentence.slice(0, numberAt);
  const verbs = [...before.matchAll(CLAIM_VERB)];
  const verb = verbs.at(-1);
  if (verb?.index === undefined) return undefined;
  const speaker = speakerBefore(before.slice(0, verb.index));
  if (!speaker || speaker.form === "pronoun") return undefined;
  const actor = matchReporter(speaker.phrase, actors);
  return { attribution: `${speaker.phrase} ${verb[0]}`, ...(actor ? { reportedById: actor.id } : {}) };
}
