import type { Actor } from "../schema/actor";
import { attributeQuote, attributionsWithoutQuotes, maskQuotes, type Attribution } from "./attribution";
import type { Paragraph } from "./paragraphs";
import { ActorProposals } from "./proposed-actors";
import { notAQuote, quoteKind } from "./quote-kinds";
import { findQuoteSpans, type QuoteSpan } from "./quote-spans";
import type { ResolvedDate } from "./resolve-dates";
import { joinAcross, splitSentences } from "./sentences";
import { SpeakerMemory } from "./speaker-memory";
import { resolveSpeaker, type SpeakerResolution } from "./speaker-resolution";
import type { TextSpan } from "./text-span";
import { findVenue } from "./venues";

/** A statement the text makes: words (quoted or reported), speaker, venue and date, with review notes. */
export type StatementCandidate = {
  text: string;
  start: number;
  end: number;
  quoteKind: "direct" | "partial" | "paraphrase";
  resolution: SpeakerResolution;
  venue: string | undefined;
  date: ResolvedDate | undefined;
  cue: string;
  sentence: TextSpan;
  confidence: number;
  notes: string[];
};

/** A quotation judged not to be anyone's words, kept for the evaluation and the editor. */
export type SkippedQuote = { text: string; start: number; reason: string };

const PARAPHRASE_VERBS = /^(?:said|says|told|indicated|noted|mentioned|revealed|claimed|warned|stated|emphasi[sz]ed|acknowledged|confirmed|estimated|insisted|cautioned|announced|added|stressed|argued|suggested)$/i;

/** The masked sentence of a unit that holds the cue: a venue is looked for there only. */
function sentenceAround(unit: TextSpan, masked: string, cueStart: number): string {
  const at = cueStart - unit.start;
  const ends = [...unit.text.matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu)].map((m) => m.index! + m[0].length);
  const from = Math.max(0, ...ends.filter((e) => e <= at));
  const to = Math.min(masked.length, ...ends.filter((e) => e > at));
  return masked.slice(from, to);
}

/**
 * The date of the words: a date expression in the unit, outside quotations, that dates the saying rather
 * than a noun ("the June 13 strike", "Sunday’s strike") or a relative clause (", who visited … last month");
 * the nearest to the cue wins.
 */
function dateOfWords(body: string, dates: readonly ResolvedDate[], unit: TextSpan, quotes: readonly Pick<QuoteSpan, "innerStart" | "innerEnd">[], cueAt: number): ResolvedDate | undefined {
  const candidates = dates.filter((d) => {
    if (d.start < unit.start || d.end > unit.end) return false;
    if (quotes.some((q) => q.innerStart <= d.start && d.end <= q.innerEnd)) return false;
    const before = body.slice(unit.start, d.start);
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
    if (/^\s*(?:who|which|that|whose)\b/i.test(clause)) return false;
    if (/\b(?:the|before|after|since|until|by|from)\s+$/i.test(before) || /^[’']s\b/.test(body.slice(d.end, d.end + 3))) return false;
    // Not across a sentence end a quotation hid from the sentence splitter.
    const between = body.slice(Math.min(cueAt, d.start), Math.max(cueAt, d.end));
    return !/[.!?]["”’]?\s+[\p{Lu}]/u.test(between);
  });
  return candidates.sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
}

/**
 * Statements of an article: every quotation with its speaker, and reported speech ("X said that …")
 * as paraphrases. Reads paragraphs in order and remembers speakers, so "he added" and "the official
 * said" resolve to whom the text last named.
 */
export function extractStatements(
  body: string,
  paragraphs: readonly Paragraph[],
  dates: readonly ResolvedDate[],
  actors: readonly Actor[],
  proposals: ActorProposals,
): { statements: StatementCandidate[]; skipped: SkippedQuote[] } {
  const memory = new SpeakerMemory();
  const statements: StatementCandidate[] = [];
  const skipped: SkippedQuote[] = [];
  for (const paragraph of paragraphs) {
    // A headline restates the story in short; its words are drafted from the body, not from it.
    if (paragraph.index === 0 && !/[.!?"”’]$/.test(paragraph.text)) continue;
    const quotes = findQuoteSpans(body, paragraph);
    const units = joinAcross(body, splitSentences(body, paragraph), quotes);
    for (const unit of units) {
      const unitQuotes = quotes.filter((q) => q.start >= unit.start && q.start < unit.end);
      const masked = maskQuotes(body, unit, unitQuotes);
      const context = { actors, memory, proposals, quote: unit.text };
      if (unitQuotes.length === 0) {
        for (const attribution of attributionsWithoutQuotes(unit, masked)) {
          const paraphrase = PARAPHRASE_VERBS.test(attribution.cue) ? paraphraseAfter(body, unit, attribution) : undefined;
          // New actors are proposed only for a statement the draft will hold.
          const at = { start: attribution.cueStart, end: attribution.cueStart + attribution.cue.length, cue: attribution.cue };
          const resolution = resolveSpeaker(attribution.speaker, at, { ...context, propose: paraphrase !== undefined });
          if (!resolution || attribution.speaker?.form === "none") continue;
          memory.remember(resolution.speaker);
          if (paraphrase) {
            statements.push({
              ...paraphrase,
              quoteKind: "paraphrase",
              resolution,
              venue: findVenue(sentenceAround(unit, masked, attribution.cueStart)),
              // A date inside the reported words dates what they report, not the saying.
              date: dateOfWords(body, dates, unit, [{ innerStart: paraphrase.start, innerEnd: paraphrase.end }], attribution.cueStart),
              cue: attribution.cue,
              sentence: unit,
              confidence: Math.min(0.6, resolution.confidence),
              notes: ["reported speech: check that the words are the speaker's account, not the reporter's", ...resolution.notes],
            });
          }
        }
        continue;
      }
      for (const quote of unitQuotes) {
        const attribution = attributeQuote(body, unit, masked, quote);
        const textBefore = masked.slice(0, quote.start - unit.start);
        const textAfter = masked.slice(Math.min(quote.end, unit.end) - unit.start);
        const reason = notAQuote(quote, textBefore, attribution !== undefined);
        if (reason) {
          skipped.push({ text: quote.text, start: quote.innerStart, reason });
          continue;
        }
        const isOwnUnit = quote.text.length >= 0.6 * unit.text.length;
        const at = { start: attribution?.cueStart ?? quote.start, end: (attribution?.cueStart ?? quote.start) + (attribution?.cue.length ?? 0), cue: attribution?.cue ?? "" };
        const resolution = attribution
          ? resolveSpeaker(attribution.speaker, at, context)
          : isOwnUnit
            ? carry(memory, context)
            : undefined;
        if (!resolution) {
          skipped.push({ text: quote.text, start: quote.innerStart, reason: "no speaker found" });
          continue;
        }
        memory.remember(resolution.speaker);
        const venue = attribution ? findVenue(sentenceAround(unit, masked, attribution.cueStart)) : undefined;
        const text = quote.text.replace(/[,]\s*$/, "").trim();
        statements.push({
          text,
          start: quote.innerStart,
          end: quote.innerStart + quote.text.length,
          quoteKind: quoteKind(quote, textBefore, textAfter),
          resolution,
          venue,
          date: dateOfWords(body, dates, unit, unitQuotes, attribution?.cueStart ?? quote.start),
          cue: attribution ? `${attribution.cue} (${attribution.pattern})` : "quotation continues the previous speaker's",
          sentence: unit,
          confidence: resolution.confidence,
          notes: [...resolution.notes, ...(attribution ? [] : ["no attribution in this sentence: the speaker is the one quoted just before"])],
        });
      }
    }
  }
  return { statements, skipped };
}

function carry(memory: SpeakerMemory, context: { actors: readonly Actor[]; proposals: ActorProposals }): SpeakerResolution | undefined {
  const previous = memory.last();
  if (!previous) return undefined;
  const actor = context.actors.find((a) => a.id === previous.actorId) ?? context.proposals.list().find((a) => a.id === previous.actorId);
  return { speaker: previous, basis: "inferred", confidence: 0.6, notes: [], speaksFor: actor?.organisationId ?? previous.actorId };
}

/** The reported words after "said that …", verbatim, to the end of the sentence. */
function paraphraseAfter(body: string, unit: TextSpan, attribution: Attribution): { text: string; start: number; end: number } | undefined {
  const from = attribution.cueStart + attribution.cue.length;
  const rest = body.slice(from, unit.end);
  const that = /^(?:\s+(?:[\p{L}’'-]+\s+){0,6}?)?\s*that\s+/u.exec(rest);
  // "said" without "that": "Hamas said on Wednesday it would study the offer" is reported speech too.
  const bare = /^(?:said|says)$/i.test(attribution.cue)
    ? /^\s+(?:(?:on|last|this)\s+\w+day\s+|\w+day\s+|in a statement\s+|,\s*)?(?=(?:it|he|she|they|we|the|a|an|talks|there|[A-Z][\p{L}-]*)\s)/u.exec(rest)
    : null;
  const lead = that ?? bare;
  if (!lead) return undefined;
  const start = from + lead[0].length;
  const text = body.slice(start, unit.end).replace(/[\s.!?]+$/, "");
  if (text.split(/\s+/).length < 4) return undefined;
  return { text, start, end: start + text.length };
}
