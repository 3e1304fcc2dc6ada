import nlp from "compromise";
import type { Actor } from "../schema/actor";
import { matchNamedActor } from "./actor-matching";
import { DEMONYMS, expandDemonyms } from "./demonyms";
import { slugify, uniqueSlug } from "./slug";

/** A new actor the draft proposes: an actor record plus why it was proposed. */
export type ProposedActor = Actor & { evidence: { start: number; end: number; cue: string } };

const BODY_WORDS = /\b(?:house|palace|kremlin|pentagon|knesset|ministry|government|office|department|authority|authorities|council|agency|forces|army|military|brigades|committee|organi[sz]ation|party|movement|union|court|parliament|cabinet|bureau|service|command|police|presidency|embassy|mission|delegation|team|group)\b/i;
const INTERNATIONAL = /\b(?:United Nations|UN|U\.N\.|UNRWA|UNICEF|WHO|World|International|European Union|Red Cross|Red Crescent|Security Council|Arab League)\b/;
const TITLE_WORDS = /^(?:President|Prime|Minister|Foreign|Spokesman|Spokeswoman|Spokesperson|Senior|Official|Envoy|Special|Secretary|General|Chief|Ambassador|Mr|Mrs|Ms|Dr|Sheikh|King|Emir|Crown|Prince|Vice|Deputy|Defense|Defence|Leader|Commander|Head|Director|Adviser|Advisor|Former|U\.S\.|US|UN|Hamas|Hezbollah)\.?$/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The organisation a speaker phrase ties a speaker to ("Hamas spokesman", "two Egyptian security sources"). */
export function organisationIn(text: string, actors: readonly Actor[], exclude?: string): Actor | undefined {
  const match = matchNamedActor(expandDemonyms(text), actors.filter((actor) => actor.kind !== "person" && actor.id !== exclude));
  return match?.actor;
}

/** Splits "Qatari Foreign Ministry Spokesman Majed Al Ansari" into a person's name and the title words before it. */
export function splitName(phrase: string): { name: string; title: string } {
  const words = phrase.split(/\s+/);
  // The name follows the last title word or nationality: "Israeli Defence Minister | Yoav Gallant".
  let cut = 0;
  words.forEach((word, index) => {
    if (index < words.length - 1 && (TITLE_WORDS.test(word) || DEMONYMS[word.toLowerCase()] !== undefined)) cut = index + 1;
  });
  const people: string[] = nlp(words.slice(cut).join(" ")).people().out("array");
  const person = people.map((p) => p.replace(/[.,;:]+$/, "")).find((p) => phrase.endsWith(p));
  if (person && person.split(/\s+/).length >= 2) return { name: person, title: phrase.slice(0, phrase.length - person.length).trim() };
  return { name: words.slice(cut).join(" "), title: words.slice(0, cut).join(" ") };
}

/**
 * Collects the actors a draft proposes, once each: a person (or body) named in the text, or an
 * unnamed source with the organisation the text ties it to. Known actors are never proposed again.
 */
export class ActorProposals {
  private readonly byKey = new Map<string, ProposedActor>();
  private readonly taken: Set<string>;

  constructor(
    private readonly actors: readonly Actor[],
    private readonly articleId: string,
  ) {
    this.taken = new Set(actors.map((actor) => actor.id));
  }

  list(): ProposedActor[] {
    return [...this.byKey.values()];
  }

  /** A proposed actor already made for a name; the surname alone finds the person later in the text. */
  findByName(phrase: string): ProposedActor | undefined {
    return matchNamedActor(phrase, this.list()) ? (matchNamedActor(phrase, this.list())!.actor as ProposedActor) : undefined;
  }

  findByDescription(description: string): ProposedActor | undefined {
    return this.byKey.get(`described:${description.toLowerCase()}`);
  }

  proposeNamed(phrase: string, context: string, quote: string, evidence: ProposedActor["evidence"]): ProposedActor {
    const { name, title } = splitName(phrase);
    const existing = this.findByName(name);
    if (existing) return existing;
    // A person is someone compromise knows as one or the text gives a title; anything else is a body.
    const isPerson = !BODY_WORDS.test(name) && name.split(/\s+/).length > 1 && (title !== "" || context !== "" || nlp(name).people().found);
    const isBody = !isPerson;
    const organisation = organisationIn(`${context} ${title}`, this.actors);
    const proposed: ProposedActor = {
      id: uniqueSlug(slugify(name), this.taken),
      name,
      shortName: name.length <= 24 ? name : name.split(/\s+/).at(-1)!.slice(0, 24),
      kind: isBody ? (INTERNATIONAL.test(name) ? "international-body" : "government-body") : "person",
      role: organisation?.role ?? "other",
      ...(title || context ? { title: `${context} ${title}`.trim() } : {}),
      ...(organisation ? { organisationId: organisation.id } : {}),
      description: `Proposed by ingest: named as “${`${context} ${phrase}`.trim()}” in ${this.articleId}.`,
      aliases: [],
      titles: [],
      inferred: [],
      sources: [{ articleId: this.articleId, quote }],
      evidence,
    };
    this.byKey.set(`named:${proposed.id}`, proposed);
    return proposed;
  }

  proposeDescribed(description: string, quote: string, evidence: ProposedActor["evidence"]): ProposedActor {
    const key = `described:${description.toLowerCase()}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const label = capitalise(description.replace(/^(?:a|an|the|one)\s+/i, ""));
    const organisation = organisationIn(description, this.actors);
    const proposed: ProposedActor = {
      id: uniqueSlug(slugify(label), this.taken),
      name: label,
      shortName: label.length <= 24 ? label : `${label.slice(0, 23)}…`,
      kind: "unnamed-source",
      role: organisation?.role ?? "other",
      ...(organisation ? { organisationId: organisation.id } : {}),
      description: `Unnamed source described in ${this.articleId} as “${description}”.`,
      aliases: [],
      titles: [],
      inferred: [],
      sources: [{ articleId: this.articleId, quote }],
      evidence,
    };
    this.byKey.set(key, proposed);
    return proposed;
  }
}
