import { DESCRIPTOR_AT_END, DESCRIPTOR_AT_START, headNoun } from "./source-descriptors";

/** How the text refers to a speaker at one attribution. */
export type SpeakerForm = "name" | "description" | "pronoun" | "anaphor" | "none";

/** A speaker as written: the phrase, where it is (relative to the text searched) and the words before it (titles, bodies). */
export type SpeakerPhrase = { phrase: string; start: number; end: number; form: SpeakerForm; context: string };

const TRAILING_AUXILIARY =
  /\s+(?:has|have|had|also|later|then|reportedly|previously|earlier|further|again|once|was|were|is|are|would|will|did|does|do|repeatedly|publicly|separately|recently|had also|has also|on \w+day|\w+day)$/i;
const LEADING_FUNCTION_WORDS =
  /^(?:(?:However|Although|Though|Meanwhile|But|And|Still|While|When|As|Since|After|Before|Yet|Also|Then|In|On|At|Earlier|Later|Separately|Instead|Moreover|Furthermore|Nonetheless|Now|So|Indeed|Speaking|Asked|The|A|An)\s+)+/;
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}\p{M}’'.-]*|(?:al|el|bin|ibn|abu|de|van|von|der|da)(?:-[\p{L}’'-]+)?|[\p{Lu}][\p{L}]*-[\p{L}-]+)$/u;
const BODY_PHRASE = /(?:^|[,;:]\s*|\s)((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}(?:[\p{Ll}]+\s+){0,2}(?:military|army|government|ministry|office|cabinet|police|presidency|council|agency|authority|authorities|movement|group|embassy|mission|delegation|team|forces|spokesperson's office))$/u;
/** "one of the sources", "two of the officials": back to the sources described before. */
const PART_OF = /^(?:one|two|three|some|several|both|all|many|each|another) of (?:the|these|those) [\p{L}-]+/iu;
const PRONOUN = /(?:^|[\s,])(he|she|they|we|it)$/i;
const ANAPHOR = /(?:^|[\s,])((?:the|this|that|these|those)\s+(?:[\p{Ll}-]+\s+)?(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|diplomat|diplomats|minister|envoy|negotiator|aide|person|leader|group|movement|ministry|president|prime minister))$/iu;

function trimRight(text: string): string {
  let previous = "";
  let current = text.trimEnd();
  while (current !== previous) {
    previous = current;
    current = current.replace(TRAILING_AUXILIARY, "").trimEnd();
  }
  return current;
}

function contextBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  return clause.trim().split(/\s+/).slice(-6).join(" ");
}

/**
 * The speaker phrase that ends a stretch of text, i.e. the subject just before a reporting verb:
 * "Hamas spokesman Taher al-Nunu" (→ the name, with "Hamas spokesman" as context), "a senior security
 * source", "he", "the official". An appositive ("Majed Al Ansari, spokesman for Qatar’s Foreign
 * Ministry,") and a relative clause (", who") are stepped over to the name they describe.
 */
export function speakerBefore(text: string): SpeakerPhrase | undefined {
  let head = trimRight(text);
  if (/,\s*who$/i.test(head)) head = head.replace(/,\s*who$/i, "");
  else if (head.endsWith(",")) {
    const inner = head.slice(0, -1);
    const comma = inner.lastIndexOf(",");
    if (comma >= 0) {
      // "Israel's foreign minister, Gideon Saar," names the speaker in the appositive; "Majed Al Ansari,
      // spokesman for Qatar’s Foreign Ministry," describes the name before it.
      const appositive = speakerBefore(inner.slice(comma + 1));
      const isName = appositive?.form === "name" && inner.slice(comma + 1).trim() === appositive.phrase;
      if (appositive && isName) return { ...appositive, start: appositive.start + comma + 1, end: appositive.end + comma + 1, context: inner.slice(0, comma).trim().split(/\s+/).slice(-6).join(" ") };
      const candidate = speakerBefore(inner.slice(0, comma));
      if (candidate && candidate.form !== "none") return candidate;
    }
    head = inner;
  }
  head = trimRight(head);
  const pronoun = PRONOUN.exec(head);
  if (pronoun?.[1]) {
    const start = head.length - pronoun[1].length;
    return { phrase: pronoun[1], start, end: head.length, form: "pronoun", context: "" };
  }
  const anaphor = ANAPHOR.exec(head);
  if (anaphor?.[1]) {
    const start = head.length - anaphor[1].length;
    return { phrase: anaphor[1], start, end: head.length, form: "anaphor", context: contextBefore(head, start) };
  }
  const tokens = [...head.matchAll(/\S+/g)];
  let start = head.length;
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i]!;
    const clean = token[0].replace(/^[(“"‘']+/, "");
    if (!NAME_TOKEN.test(clean) || /[,;:]$/.test(token[0])) break;
    start = token.index!;
  }
  let phrase = head.slice(start).trim();
  const lead = LEADING_FUNCTION_WORDS.exec(phrase);
  if (lead) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  const description = DESCRIPTOR_AT_END.exec(head);
  if (description?.[1] && headNoun(description[1]) && (phrase === "" || head.length - description[1].length <= start)) {
    const descStart = head.length - description[1].length;
    // "Hamas spokesman Taher al-Nunu": a name after the description is the speaker; a description alone is not.
    if (phrase === "" || descStart <= start) {
      return { phrase: description[1].trim(), start: descStart, end: head.length, form: "description", context: contextBefore(head, descStart) };
    }
  }
  if (phrase !== "" && /[\p{Lu}]/u.test(phrase)) {
    const at = head.length - phrase.length;
    return { phrase, start: at, end: head.length, form: "name", context: contextBefore(head, at) };
  }
  // A body named by a common noun after capitals or "the": "The Israeli military", "Netanyahu’s office".
  // Last resort, a group named by common nouns: "The families of the hostages called the remarks …".
  const group = /(?:^|[.!?]["”’]?\s+|["”]\s+|[,;:]\s*)((?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+s(?:\s+of\s+the\s+[\p{Ll}-]+)?)$/u.exec(head);
  if (group?.[1] && !/\b(?:is|are|was|were|has|have|had|will|would|could|did|does)\b/.test(group[1]) && !BODY_PHRASE.test(head)) {
    const at = head.length - group[1].length;
    return { phrase: group[1], start: at, end: head.length, form: "description", context: "" };
  }
  const body = BODY_PHRASE.exec(head);
  if (body?.[1]) {
    const at = head.length - body[1].length;
    return { phrase: body[1].replace(/^the\s+/i, ""), start: at, end: head.length, form: "name", context: contextBefore(head, at) };
  }
  return undefined;
}

/** The speaker phrase that opens a stretch of text: after an inverted verb ("said Ansari") or "according to". */
export function speakerAfter(text: string): SpeakerPhrase | undefined {
  // "according to a statement from Qatar's Foreign Ministry": the body behind the statement speaks.
  const via = /^\s*(?:a|an|the)\s+(?:statement|report|readout|post|message|spokesman|spokesperson|spokeswoman)\s+(?:from|by|of|for)\s+/i.exec(text);
  const lead = (via ? via[0].length : 0) + (text.slice(via ? via[0].length : 0).length - text.slice(via ? via[0].length : 0).trimStart().length);
  const rest = text.slice(lead);
  const partOf = PART_OF.exec(rest);
  if (partOf) return { phrase: partOf[0], start: lead, end: lead + partOf[0].length, form: "anaphor", context: "" };
  const description = DESCRIPTOR_AT_START.exec(rest);
  if (description?.[1]) {
    const phrase = description[1];
    const form: SpeakerForm = /^(?:the|this|that|these|those)\s/i.test(phrase) ? "anaphor" : "description";
    return { phrase, start: lead, end: lead + phrase.length, form, context: "" };
  }
  const pronoun = /^(he|she|they|we)\b/i.exec(rest);
  if (pronoun?.[1]) return { phrase: pronoun[1], start: lead, end: lead + pronoun[1].length, form: "pronoun", context: "" };
  const clause = rest.split(/[,;:.!?(]|\s(?:who|which|in|on|at|to|from|during|after|before|when|while|that|of)\s/)[0] ?? "";
  const phrase = clause.trim();
  if (phrase === "" || !/[\p{Lu}]/u.test(phrase)) return undefined;
  // "said Osama Hamdan, a Hamas leader in Beirut": the appositive after the name ties it to a body.
  const appositive = /^,\s*((?:a|an|the)\s[^,.;:]{2,60})/.exec(rest.slice(clause.length));
  return { phrase, start: lead, end: lead + phrase.length, form: "name", context: appositive?.[1] ?? "" };
}
