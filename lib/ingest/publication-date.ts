import type { Event } from "../schema/event";
import { addDays, isoOf, MONTHS, WEEKDAYS, weekdayOf } from "./calendar";
import { FUTURE_CUES } from "./date-cues";
import type { TextSpan } from "./text-span";

/** The publication date worked out from the text, with the evidence, or why it cannot be fixed. */
export type PublicationDate =
  | { ok: true; published: string; evidence: string[] }
  | { ok: false; reason: string; evidence: string[] };

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/** "CAIRO, May 7 —", "DOHA, Qatar, 7 May 2025 (Reuters) –": a place in capitals, a date, a dash. */
const DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z .'’-]{1,40})(?:,\\s*[A-Z][\\p{L} .'-]{1,30})?,\\s*(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?[—–-]`,
  "u",
);
const STOP = new Set(["about", "after", "their", "there", "these", "those", "which", "would", "could", "should", "while", "where", "other", "since", "before", "being", "talks", "israel", "hamas", "gaza"]);

function monthNumber(word: string): number {
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5 && !STOP.has(w)),
  );
}

/** A dateline at the top of the article: the date fixed when it has a year, the month and day otherwise. */
export function findDateline(paragraphs: readonly TextSpan[]): { text: string; month: number; day: number; year?: number } | undefined {
  for (const paragraph of paragraphs.slice(0, 4)) {
    const match = DATELINE.exec(paragraph.text);
    if (!match) continue;
    const month = monthNumber(match[2] ?? match[5]!);
    const day = Number(match[3] ?? match[4]);
    if (month < 1 || day < 1 || day > 31) continue;
    return { text: match[0].trim(), month, day, ...(match[6] ? { year: Number(match[6]) } : {}) };
  }
  return undefined;
}

/**
 * Weekdays the text names ("on Monday") that the dataset can date: a dated event on that weekday
 * sharing at least two distinctive words with the sentence. Each puts publication within the six days after it.
 */
export function weekdayAnchors(sentences: readonly TextSpan[], events: readonly Event[]): { text: string; event: Event; earliest: string; latest: string }[] {
  const anchors: { text: string; event: Event; earliest: string; latest: string }[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
      if (FUTURE_CUES.test(sentence.text.slice(Math.max(0, match.index! - 60), match.index!))) continue;
      const weekday = WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]);
      const words = contentWords(sentence.text);
      let best: { event: Event; shared: number } | undefined;
      for (const event of events) {
        if (event.precision !== "day" || weekdayOf(event.date) !== weekday) continue;
        const eventWords = contentWords(`${event.title} ${event.summary}`);
        const shared = [...words].filter((w) => eventWords.has(w)).length;
        if (shared >= 2 && (!best || shared > best.shared)) best = { event, shared };
      }
      if (best) anchors.push({ text: sentence.text, event: best.event, earliest: best.event.date, latest: addDays(best.event.date, 6) });
    }
  }
  return anchors;
}

/**
 * The publication date from checkable anchors: a dateline with a year fixes it; otherwise named weekdays
 * matched to events the dataset already dates narrow it to a window, and a dateline without a year picks
 * the day in that window. Anything short of one day is not a date: the caller asks for --published.
 */
export function inferPublicationDate(paragraphs: readonly TextSpan[], sentences: readonly TextSpan[], events: readonly Event[]): PublicationDate {
  const evidence: string[] = [];
  const dateline = findDateline(paragraphs);
  if (dateline?.year) {
    const published = isoOf(dateline.year, dateline.month, dateline.day);
    return { ok: true, published, evidence: [`dateline "${dateline.text}": ${published}`] };
  }
  const anchors = weekdayAnchors(sentences, events);
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const anchor of anchors) {
    evidence.push(`"${anchor.text.slice(0, 100)}" names ${WEEKDAYS[weekdayOf(anchor.event.date)]}, matching the event "${anchor.event.title}" of ${anchor.event.date}: published ${anchor.earliest} to ${anchor.latest}`);
    earliest = earliest === undefined || anchor.earliest > earliest ? anchor.earliest : earliest;
    latest = latest === undefined || anchor.latest < latest ? anchor.latest : latest;
  }
  if (earliest && latest && earliest > latest) return { ok: false, reason: "the anchors contradict each other", evidence };
  if (dateline) {
    evidence.push(`dateline "${dateline.text}" gives ${MONTHS[dateline.month - 1]} ${dateline.day} without a year`);
    if (earliest && latest) {
      const years = [Number(earliest.slice(0, 4)), Number(latest.slice(0, 4))];
      const fits = [...new Set(years)].map((y) => isoOf(y, dateline.month, dateline.day)).filter((d) => d >= earliest! && d <= latest!);
      if (fits.length === 1) return { ok: true, published: fits[0]!, evidence: [...evidence, `the only ${MONTHS[dateline.month - 1]} ${dateline.day} in that window: ${fits[0]}`] };
    }
    return { ok: false, reason: "the dateline has no year and nothing in the text fixes it", evidence };
  }
  if (earliest && latest && earliest === latest) return { ok: true, published: earliest, evidence };
  if (earliest && latest) return { ok: false, reason: `the anchors allow any day from ${earliest} to ${latest}`, evidence };
  return { ok: false, reason: "the text has no dateline and no weekday the dataset can date", evidence };
}
