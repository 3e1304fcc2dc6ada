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
 * space-separated tokens: the index keeps each distinct token once with the entries that contain it,
 * and a query scans the (far shorter) list of distinct tokens instead of every entry's text.
 */
export type TextIndex = {
  /** For one folded query word, the posting lists of every token containing it (they may overlap). */
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
  const byToken = new Map<string, number[]>();
  /** The posting lists of a text's distinct tokens (a list shared by every text holding that token). */
  const tokenLists = (texts: readonly string[]): number[][] => {
    const lists = new Set<number[]>();
    for (const text of texts) {
      for (const token of tokensOf(text)) {
        if (!token) continue;
        let list = byToken.get(token);
        if (!list) byToken.set(token, (list = []));
        lists.add(list);
      }
    }
    return [...lists];
  };
  // Texts recur (a passage cited by several facts, an actor's name on every entry naming it): fold and
  // split each distinct text once and keep its tokens' posting lists, so a recurring text costs no token
  // lookups at all. An actor's names are looked up by its id, not by each name.
  const textLists = new Map<string, number[][]>();
  const actorLists = new Map<string, number[][]>();
  const ofText = (text: string) => {
    let lists = textLists.get(text);
    if (!lists) textLists.set(text, (lists = tokenLists([text])));
    return lists;
  };
  const ofActor = (id: string) => {
    let lists = actorLists.get(id);
    if (!lists) {
      const actor = actors.get(id);
      actorLists.set(id, (lists = tokenLists(actor ? [actor.name, actor.shortName, ...actor.aliases] : [id])));
    }
    return lists;
  };
  // Positions arrive in ascending order, so a repeat within one entry is always the last one added.
  const add = (lists: readonly number[][], position: number) => {
    for (const list of lists) if (list[list.length - 1] !== position) list.push(position);
  };
  // The texts of `searchedTexts`, visited without building that list for each of the entries.
  timeline.forEach((entry, position) => {
    add(ofText(entry.title), position);
    add(ofText(entry.summary), position);
    if (entry.quotation) add(ofText(entry.quotation), position);
    for (const source of entry.sources) add(ofText(source.quote), position);
    for (const id of entry.actorIds) add(ofActor(id), position);
  });
  const tokens = [...byToken.keys()];
  const lists = [...byToken.values()];
  return {
    postingsFor(word) {
      const found: Postings[] = [];
      for (let i = 0; i < tokens.length; i += 1) if (tokens[i]!.includes(word)) found.push(lists[i]!);
      return found;
    },
  };
}
