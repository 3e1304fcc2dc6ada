import type { Actor } from "../schema/actor";
import { expandDemonyms } from "./demonyms";

// Arabic name particles vary in spelling ("Al Ansari", "al-Ansari", "Ansari"): they are left out when comparing.
const PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "bint"]);

/** Lower-case words of a name with straight apostrophes, hyphens as spaces and name particles left out. */
export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, "")
    .replace(/\(.*?\)/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !PARTICLES.has(word));
}

/** The names an actor goes by: name, short name, aliases and, for a person, the surname. */
export function actorNames(actor: Actor): string[][] {
  const spellings = [actor.name, actor.shortName, ...actor.aliases];
  // "Qatari Foreign Ministry" is also "Qatar's Foreign Ministry".
  const names = [...spellings, ...spellings.map(expandDemonyms)].map(nameWords).filter((words) => words.length > 0);
  if (actor.kind === "person") {
    // Surnames of the name and of each alias ("Taher Nounou" gives "Nounou"); the name's own comes last.
    for (const alias of actor.aliases) {
      const words = nameWords(alias);
      if (words.length >= 2) names.push([words.at(-1)!]);
    }
    const surname = nameWords(actor.name).at(-1);
    if (surname) names.push([surname]);
  }
  return names;
}

/** Where `needle` occurs as whole words in `hay`, or -1. */
export function indexOfWords(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
