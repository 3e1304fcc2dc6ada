import type { QuoteSpan } from "./quote-spans";
import { reportingVerbPattern, INVERSION_VERBS } from "./reporting-verbs";
import { speakerAfter, speakerBefore, type SpeakerPhrase } from "./speaker-phrase";
import type { TextSpan } from "./text-span";

/** How an attribution was read. */
export type CuePattern = "after-quote" | "inverted" | "before-quote" | "according-to" | "noun-cue" | "colon" | "subject";

/** Who a passage is attributed to in the text, by which cue, with offsets in the article body. */
export type Attribution = {
  speaker: SpeakerPhrase | undefined;
  /** The words that attribute ("said", "told", "according to"). */
  cue: string;
  cueStart: number;
  pattern: CuePattern;
  /** Body offsets of the attribution clause, searched for a venue and a date. */
  clauseStart: number;
  clauseEnd: number;
};

const MASK = "\u00B7";
const INVERSION = new Set<string>(INVERSION_VERBS);
const PARTICIPLE = /ing$/i;
const NOUN_CUE = /(?:’s|'s)\s+(?:statement|remarks|comments|words|claim|warning|message|assertion)\b|\b(?:statement|remarks|comments)\s+that\b/gi;

/** The unit's text with every quotation's words masked, so cues are only looked for outside quotations. */
export function maskQuotes(body: string, unit: TextSpan, quotes: readonly QuoteSpan[]): string {
  let text = unit.text;
  for (const quote of quotes) {
    const from = Math.max(quote.innerStart, unit.start) - unit.start;
    const to = Math.min(quote.innerEnd, unit.end) - unit.start;
    if (to > from) text = text.slice(0, from) + MASK.repeat(to - from) + text.slice(to);
  }
  return text;
}

const INTRO = /^(?:(?:However|Meanwhile|In|On|At|During|After|Before|Since|For|Still|But|Although|Though|While|When|Earlier|Later|Separately|Now|Yet|Also|Speaking|Asked)\b[^,]{0,80},\s+)?/;
const FINITE_VERB = /\s(?:[a-z]+ed|[a-z]+s|is|are|was|were|has|have|had|did|does|do|will|would|could|can|may|might)\b/;

/** The subject of the unit's main clause, whole ("Netanyahu’s staff"): for participles ("…, claiming that") and noun cues. */
function unitSubject(masked: string, before: number): SpeakerPhrase | undefined {
  const head = masked.slice(0, before);
  const intro = INTRO.exec(head)?.[0] ?? "";
  const verb = FINITE_VERB.exec(head.slice(intro.length));
  if (!verb || verb.index === 0) return undefined;
  const raw = head.slice(intro.length, intro.length + verb.index);
  const phrase = raw.trim().replace(/\s+(?:also|later|then|reportedly|again|previously)$/i, "");
  if (!/[\p{Lu}]/u.test(phrase) && !/^(?:he|she|they)$/i.test(phrase)) return speakerBefore(raw);
  const start = intro.length + raw.indexOf(phrase);
  if (/^(?:he|she|they|we)$/i.test(phrase)) return { phrase, start, end: start + phrase.length, form: "pronoun", context: "" };
  return { phrase, start, end: start + phrase.length, form: "name", context: "" };
}

function shift(phrase: SpeakerPhrase | undefined, by: number): SpeakerPhrase | undefined {
  return phrase ? { ...phrase, start: phrase.start + by, end: phrase.end + by } : undefined;
}

/** Reporting cues (verb or "according to") in a stretch of masked text, with offsets in it. */
function cuesIn(masked: string, from: number, to: number): { word: string; index: number }[] {
  const cues: { word: string; index: number }[] = [];
  const verbs = reportingVerbPattern();
  for (let m = verbs.exec(masked); m; m = verbs.exec(masked)) {
    if (m.index >= from && m.index < to) cues.push({ word: m[0], index: m.index });
  }
  const according = /\baccording to\b/gi;
  for (let m = according.exec(masked); m; m = according.exec(masked)) {
    if (m.index >= from && m.index < to) cues.push({ word: m[0], index: m.index });
  }
  return cues.sort((a, b) => a.index - b.index);
}

/** The attribution a cue makes, reading its speaker before or after it as the cue demands. */
function attributionAt(masked: string, unitStart: number, cue: { word: string; index: number }, pattern: CuePattern): Attribution {
  const after = cue.index + cue.word.length;
  const clauseEnd = unitStart + masked.length;
  if (/^according to$/i.test(cue.word)) {
    return { speaker: shift(speakerAfter(masked.slice(after)), after + unitStart), cue: cue.word, cueStart: unitStart + cue.index, pattern: "according-to", clauseStart: unitStart + cue.index, clauseEnd };
  }
  const before = masked.slice(0, cue.index);
  // "X responded on X, claiming that …": a participle after a comma takes the main clause's subject.
  const isParticiple = PARTICIPLE.test(cue.word) && /,\s*$/.test(before);
  let speaker = isParticiple ? shift(unitSubject(masked, cue.index), unitStart) : undefined;
  speaker ??= shift(speakerBefore(before), unitStart);
  return { speaker, cue: cue.word, cueStart: unitStart + cue.index, pattern, clauseStart: unitStart, clauseEnd };
}

/**
 * The attribution of one quotation in its unit (a sentence, or sentences a quotation runs across).
 * In order of preference: a cue right after the quotation ("…,” he said / said Ansari / according to X),
 * the nearest cue before it (X said … “…”; X told AFP: “…”; according to X, “…”), a possessive noun cue
 * (X’s statement that “…”), any later cue in the unit. None: the caller decides (carried or not a statement).
 */
export function attributeQuote(body: string, unit: TextSpan, masked: string, quote: QuoteSpan): Attribution | undefined {
  const qStart = quote.start - unit.start;
  const qEnd = Math.min(quote.end, unit.end) - unit.start;
  const nextQuote = masked.indexOf("\u201C", qEnd) >= 0 ? masked.indexOf("\u201C", qEnd) : masked.length;
  const tail = masked.slice(qEnd, nextQuote);

  // "“…,” he said" / "“…?” she asked": only a quotation that hands over to its attribution; after
  // "“… home.” He added" the next sentence begins.
  // A quotation inside a clause that already attributes it ("Although Netanyahu claimed … “…,” an Arab
  // source told …") keeps that attribution; the cue after it belongs to the main clause.
  const boundaries = [...unit.text.slice(0, qStart + 1).matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu)];
  const sentenceStart = boundaries.length > 0 ? boundaries.at(-1)!.index! + boundaries.at(-1)![0].length : 0;
  const hasLeadCue = cuesIn(masked, sentenceStart, qStart).length > 0;
  const handsOver = !hasLeadCue && (/[,!?…—–-]\s*$/.test(quote.text) || /^\s*[,—–-]/.test(tail) || (!/[.]\s*$/.test(quote.text) && /^\s+[a-z]/.test(tail)));
  const inverted = handsOver ? /^[\s,—–-]*(?:—\s*)?([A-Za-z]+)\s+/.exec(tail) : null;
  if (inverted?.[1] && INVERSION.has(inverted[1].toLowerCase())) {
    const afterVerb = qEnd + inverted[0].length;
    const speaker = shift(speakerAfter(masked.slice(afterVerb, nextQuote)), unit.start + afterVerb);
    if (speaker) return { speaker, cue: inverted[1], cueStart: unit.start + qEnd + inverted[0].indexOf(inverted[1]), pattern: "inverted", clauseStart: unit.start + qEnd, clauseEnd: unit.start + nextQuote };
  }
  const according = handsOver ? /^[\s,—–-]*according to\s+/i.exec(tail) : null;
  if (according) {
    const at = qEnd + according[0].length;
    return { speaker: shift(speakerAfter(masked.slice(at, nextQuote)), unit.start + at), cue: "according to", cueStart: unit.start + qEnd, pattern: "according-to", clauseStart: unit.start + qEnd, clauseEnd: unit.start + nextQuote };
  }
  // "“…,” the ministry said": the first cue after the quotation with only a speaker before it.
  const tailCue = handsOver
    ? cuesIn(masked, qEnd, nextQuote).find((c) => c.index - qEnd <= 80 && !/[,.;:!?“”"·]/.test(masked.slice(qEnd, c.index).replace(/^[\s,—–-]+/, "")))
    : undefined;
  if (tailCue && !/^according to$/i.test(tailCue.word)) {
    const speaker = shift(speakerBefore(masked.slice(qEnd, tailCue.index).replace(/^[\s,—–-]+/, (m) => " ".repeat(m.length))), unit.start + qEnd);
    if (speaker) return { speaker, cue: tailCue.word, cueStart: unit.start + tailCue.index, pattern: "after-quote", clauseStart: unit.start + qEnd, clauseEnd: unit.start + nextQuote };
  }
  const before = cuesIn(masked, 0, qStart);
  // "X told CNN that Doha has maintained …": a cue inside a that-clause reports, it does not attribute.
  const governing = before.find(
    (cue, i) =>
      i < before.length - 1 &&
      /^\s*(?:[^,.;:]{0,60}?\s)?that\s/.test(masked.slice(cue.index + cue.word.length, before[i + 1]!.index)) &&
      !/[.!?]["”’]?\s+[\p{Lu}]/u.test(unit.text.slice(cue.index, qStart)),
  );
  const nearest = governing ?? before.at(-1);
  if (nearest) {
    const attribution = attributionAt(masked, unit.start, nearest, /:\s*$/.test(masked.slice(0, qStart)) ? "colon" : "before-quote");
    if (attribution.speaker) return attribution;
  }
  const nounCue = [...masked.slice(0, qStart).matchAll(NOUN_CUE)].at(-1);
  if (nounCue?.index !== undefined) {
    const possessive = /^(?:’s|'s)/.test(nounCue[0]);
    const speaker = possessive
      ? shift(speakerBefore(masked.slice(0, nounCue.index)), unit.start)
      : shift(unitSubject(masked, nounCue.index), unit.start);
    if (speaker) return { speaker, cue: nounCue[0].replace(/^(?:’s|'s)\s+/, ""), cueStart: unit.start + nounCue.index, pattern: "noun-cue", clauseStart: unit.start, clauseEnd: unit.end };
  }
  const later = cuesIn(masked, qEnd, masked.length)[0];
  if (later) {
    const attribution = attributionAt(masked, unit.start, later, "after-quote");
    if (attribution.speaker) return attribution;
  }
  if (nearest) return attributionAt(masked, unit.start, nearest, "before-quote");
  return undefined;
}

/** Attributions in a unit without quotations (reported speech): they name speakers later pronouns refer to. */
export function attributionsWithoutQuotes(unit: TextSpan, masked: string): Attribution[] {
  return cuesIn(masked, 0, masked.length)
    .map((cue) => attributionAt(masked, unit.start, cue, "subject"))
    .filter((attribution) => attribution.speaker !== undefined);
}
