import type { QuoteSpan } from "./quote-spans";

/** Words that introduce a title or a name in quotation marks rather than someone's words. */
const NAMING_CUE = /\b(?:the|a|an|titled|entitled|called|named|dubbed|nicknamed|known as|so-called|book|film|song|album|series|show|report|article|operation|campaign|hashtag|slogan|headline|programme|program|plan)\s*$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Title Case with no sentence punctuation: "Iron Swords", "The Day After". */
function looksLikeTitle(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > 8 || /[.!?;:]\s*$/.test(text.trim()) || /[.!?]\s/.test(text)) return false;
  const long = list.filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4);
  return long.length > 0 && long.every((w) => /^[\p{Lu}\d]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, "")));
}

/** Words that name what follows whatever its case: "dubbed the “Witkoff framework”", "the so-called “Philadelphi corridor”". */
const STRICT_NAMING_CUE = /\b(?:dubbed|titled|entitled|nicknamed|known as|so-called|named|codenamed|code-named)\s+(?:(?:the|a|an)\s+)?$/i;

/** Why a quotation is not someone's words, or undefined when it may be. */
export function notAQuote(quote: QuoteSpan, textBefore: string, hasAttribution: boolean): string | undefined {
  const count = words(quote.text).length;
  if (STRICT_NAMING_CUE.test(textBefore)) return "a name in quotation marks";
  if (looksLikeTitle(quote.text) && (NAMING_CUE.test(textBefore) || !hasAttribution)) return "a title or name in quotation marks";
  if (!hasAttribution && count <= 3) return "scare quotes without a speaker";
  return undefined;
}

/**
 * `direct`: the speaker's own words set off as speech (a sentence or more, after a colon or comma, or
 * before "…,” he said"); `partial`: quoted words inside the reporter's sentence ("said the talks were
 * “ongoing”", "called the halt ‘cheap blackmail’").
 */
export function quoteKind(quote: QuoteSpan, textBefore: string, textAfter: string): "direct" | "partial" {
  const opensSpeech = /(?:^|[:,]|[.!?]["”’]?)\s*$/.test(textBefore);
  const closesSpeech = /^[\s]*[,.!?]?\s*(?:["”’])?\s*[,—–-]?\s*(?:[\p{L}’'.-]+\s+){0,6}?(?:said|says|added|continued|told|asked|wrote|stated|noted|explained|warned)\b/u.test(textAfter)
    || /[,.!?…]$/.test(quote.text.trim());
  const startsLikeSentence = /^[\s…]*[\p{Lu}\d]/u.test(quote.text);
  // The second half of a quotation split by "he said," continues the direct quotation.
  if (/\b(?:said|says|added|continued|asked|wrote|noted|explained|warned)\s*,\s*$/.test(textBefore)) return "direct";
  return startsLikeSentence && (opensSpeech || closesSpeech) ? "direct" : "partial";
}
