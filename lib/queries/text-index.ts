import type { Actor } from "../schema/actor";
import { normaliseForMatch } from "../text/normalise-text";
import type { Postings } from "./timeline-postings";
import type { TimelineEntry } from "../schema/timeline-entry";

const NON_ASCII = /[^\u0000-\u007f]/;

/** Case-, accent- and quote-style-insensitive form used for free-text search. */
export function foldForSearch(text: string): string {
  const normalised = normaliseForMatch(text);
  // Only text outside ASCII can carry accents; most of the record is plain ASCII.
  return (NON_ASCII.test(normalised) ? normalised.normalize("NFD").replace(/\p{Diacritic}/gu, "") : normalised).toLowerCase();
}

/** The words of a search, folded as the entries are. */
export function searchWords(q: string | undefined): string[] {
  return q ? foldForSearch(q).split(" ").filter(Boolean) : [];
}

/**
 * Free-text search: every word of a query must occur somewhere in an entry's title, summary, quotation,
 * source quotes or actor names, as part of a word or whole ("negotiat" finds "negotiations").
 *
 * A query word holds no space, so it occurs in the folded text exactly when it occurs inside one of its
 * space-separated tokens: the index keeps each distinct token once with the texts that contain it, each
 * text with the entries that show it, and a query scans the (far shorter) list of distinct tokens
 * instead of every entry's text.
 */
export type TextIndex = {
  /** For one folded query word, the posting lists of every text containing it (they may overlap). */
  postingsFor(word: string): Postings[];
};

/** Every text free-text search looks at for one entry: its own words, its sources' and its actors' names. */
export function searchedTexts(entry: TimelineEntry, actors: ReadonlyMap<string, Actor>): string[] {
  return [
    entry.title,
    entry.summary,
    entry.quotation ?? "",
    ...entry.sources.map((s) => s.quote),
    ...entry.actorIds.flatMap((id) => {
      const actor = actors.get(id);
      return actor ? [actor.name, actor.shortName, ...actor.aliases] : [id];
    }),
  ];
}

const ASCII_WHITE_SPACE = /\s+/;

/** The folded, space-separated tokens of a text; plain ASCII text (most of it) only needs lower case. */
function tokensOf(text: string): string[] {
  return NON_ASCII.test(text) ? foldForSearch(text).split(" ") : text.toLowerCase().split(ASCII_WHITE_SPACE);
}

export function buildTextIndex(timeline: readonly TimelineEntry[], actors: ReadonlyMap<string, Actor>): TextIndex {
  // Two levels, token → texts → entries, rather than token → entries: an entry then costs one posting per
  // text it shows (about six) instead of one per token (about seventy), which was most of the index's
  // build time. Texts recur (a passage cited by several facts, an actor's names on every entry naming
  // it): each distinct text is folded and split once. An actor's names together count as one text.
  const textPositions: number[][] = [];
  const textsByToken = new Map<string, number[]>();
  const newText = (texts: readonly string[]): number => {
    const text = textPositions.length;
    textPositions.push([]);
    for (const part of texts) {
      for (const token of tokensOf(part)) {
        if (!token) continue;
        const list = textsByToken.get(token);
        // A token repeated within the text is the last one added.
        if (!list) textsByToken.set(token, [text]);
        else if (list[list.length - 1] !== text) list.push(text);
      }
    }
    return text;
  };
  const textNumbers = new Map<string, number>();
  const actorNumbers = new Map<string, number>();
  const ofText = (text: string) => {
    let number = textNumbers.get(text);
    if (number === undefined) textNumbers.set(text, (number = newText([text])));
    return number;
  };
  const ofActor = (id: string) => {
    let number = actorNumbers.get(id);
    if (number === undefined) {
      const actor = actors.get(id);
      actorNumbers.set(id, (number = newText(actor ? [actor.name, actor.shortName, ...actor.aliases] : [id])));
    }
    return number;
  };
  // Positions arrive in ascending order, so a text shown twice by one entry is the last position added.
  const add = (text: number, position: number) => {
    const list = textPositions[text]!;
    if (list[list.length - 1] !== position) list.push(position);
  };
  // The texts of `searchedTexts`, visited without building that list for each of the entries.
  for (let position = 0; position < timeline.length; position += 1) {
    const entry = timeline[position]!;
    add(ofText(entry.title), position);
    add(ofText(entry.summary), position);
    if (entry.quotation) add(ofText(entry.quotation), position);
    for (const source of entry.sources) add(ofText(source.quote), position);
    for (const id of entry.actorIds) add(ofActor(id), position);
  }
  const tokens = [...textsByToken.keys()];
  const texts = [...textsByToken.values()];
  return {
    postingsFor(word) {
      // A text holding several matching tokens ("ceasefire" in "ceasefire" and "ceasefires") is listed once.
      const listed = new Uint8Array(textPositions.length);
      const found: Postings[] = [];
      for (let i = 0; i < tokens.length; i += 1) {
        if (!tokens[i]!.includes(word)) continue;
        for (const text of texts[i]!) {
          if (listed[text] === 0) {
            listed[text] = 1;
            found.push(textPositions[text]!);
          }
        }
      }
      return found;
    },
  };
}
