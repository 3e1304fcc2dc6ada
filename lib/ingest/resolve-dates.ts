import * as chrono from "chrono-node";
import { addDays, endOfMonth, isoOf, MONTHS, WEEKDAYS, weekdayOf, fromIso } from "./calendar";
import { ANCHORED_RELATIVE, BARE_YEAR, FUTURE_CUES, KNOWN_DAYS, MONTH_PART, NUMBER_WORDS, SAME_DAY, YEAR_AFTER_MONTH } from "./date-cues";
import type { TextSpan } from "./text-span";

/** How precisely a resolved date is known (the dataset's precisions plus a range). */
export type ResolvedPrecision = "day" | "approximate" | "month" | "year" | "range";

/** A date expression of the text, resolved against the publication date. */
export type ResolvedDate = {
  text: string;
  start: number;
  end: number;
  date: string;
  precision: ResolvedPrecision;
  earliest?: string;
  latest?: string;
  /** How it was resolved, for the editor. */
  note: string;
};

type Found = Omit<ResolvedDate, "note"> & { note: string };

function sentenceBefore(body: string, start: number, sentences: readonly TextSpan[]): string {
  const sentence = sentences.find((s) => s.start <= start && start < s.end);
  return body.slice(sentence ? sentence.start : Math.max(0, start - 80), start);
}

function capAt(iso: string, published: string): string {
  return iso > published ? published : iso;
}

/** A month (1–12) without a year: the latest such month on or before publication, or the next one ahead. */
function yearForMonth(month: number, day: number | undefined, published: string, future: boolean): number {
  const ref = fromIso(published);
  const year = ref.getUTCFullYear();
  const candidate = isoOf(year, month, day ?? 1);
  if (future) return candidate < published ? year + 1 : year;
  return candidate > published ? year - 1 : year;
}

function resolveChrono(result: chrono.ParsedResult, body: string, offset: number, published: string, sentences: readonly TextSpan[]): Found | undefined {
  const text = result.text.replace(/[\s,.;:]+$/, "");
  const start = offset + result.index;
  const end = start + text.length;
  const known: Partial<Record<"day" | "month" | "year" | "weekday", number>> = {};
  for (const unit of ["day", "month", "year", "weekday"] as const) {
    if (result.start.isCertain(unit)) known[unit] = result.start.get(unit) ?? undefined;
  }
  const hasDate = known.day !== undefined || known.month !== undefined || known.year !== undefined || known.weekday !== undefined;
  if (!hasDate) {
    if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/i.test(text)) return { text, start, end, date: published, precision: "day", note: `'${text}': the publication date` };
    return undefined;
  }
  // "now" is no date; "after a week-long truce" is a duration.
  if (/^(?:now|right now|currently)$/i.test(text) || /^-/.test(body.slice(end, end + 1))) return undefined;
  // A bare month word in lower case is a verb or noun ("may", "march"), not a date.
  if (/^[a-z]+$/.test(text) && known.day === undefined) return undefined;
  const lead = sentenceBefore(body, start, sentences);
  const future = FUTURE_CUES.test(lead.slice(-60)) || /\b(?:next|tomorrow|coming)\b/i.test(text);
  const relative = /\b(?:ago|last|next|yesterday|tomorrow|earlier|later|this|past|previous|within)\b/i.test(text);

  if (relative) {
    const date = result.start.date().toISOString().slice(0, 10);
    if (/\bweek\b/i.test(text)) return { text, start, end, date, precision: "approximate", note: `'${text}': about a week from ${published}` };
    if (/\bmonth\b/i.test(text) && known.day === undefined) {
      return { text, start, end, date: capAt(endOfMonth(known.year!, known.month!), published), precision: "month", note: `'${text}': the month of ${date.slice(0, 7)}` };
    }
    if (/\byear\b/i.test(text) && known.month === undefined) {
      return { text, start, end, date: capAt(`${known.year}-12-31`, published), precision: "year", note: `'${text}': ${known.year}` };
    }
    if (known.weekday !== undefined && known.day === undefined) return resolveWeekday(text, start, end, known.weekday, published, future || /\bnext\b/i.test(text));
    return { text, start, end, date, precision: "day", note: `'${text}' counted from ${published}` };
  }
  if (known.year !== undefined && known.month !== undefined && known.day !== undefined) {
    return { text, start, end, date: isoOf(known.year, known.month, known.day), precision: "day", note: `'${text}': the date as written` };
  }
  if (known.month !== undefined && known.day !== undefined) {
    const named = KNOWN_DAYS.find((k) => k.pattern.test(text.replace(/^on\s+/i, "")) && k.date <= published);
    if (named) return { text, start, end, date: named.date, precision: "day", note: `'${text}': ${named.note}` };
    const year = yearForMonth(known.month, known.day, published, future);
    return { text, start, end, date: isoOf(year, known.month, known.day), precision: "day", note: `'${text}' without a year: the ${future ? "next" : "latest"} ${MONTHS[known.month - 1]} ${known.day} ${future ? "after" : "on or before"} ${published}` };
  }
  if (known.month !== undefined) {
    const yearWords = YEAR_AFTER_MONTH.exec(body.slice(end));
    let year = known.year ?? yearForMonth(known.month, undefined, published, future);
    let fullEnd = end;
    if (yearWords && known.year === undefined) {
      year = fromIso(published).getUTCFullYear() + (yearWords[1]!.toLowerCase() === "last" ? -1 : yearWords[1]!.toLowerCase() === "next" ? 1 : 0);
      fullEnd = end + yearWords[0].length;
    }
    const fullText = body.slice(start, fullEnd);
    return { text: fullText, start, end: fullEnd, date: capAt(endOfMonth(year, known.month), published), precision: "month", note: `'${fullText}': ${MONTHS[known.month - 1]} ${year}` };
  }
  if (known.weekday !== undefined) return resolveWeekday(text, start, end, known.weekday, published, future);
  if (known.year !== undefined) return { text, start, end, date: capAt(`${known.year}-12-31`, published), precision: "year", note: `'${text}': the year ${known.year}` };
  return undefined;
}

function resolveWeekday(text: string, start: number, end: number, weekday: number, published: string, future: boolean): Found {
  const ref = weekdayOf(published);
  const back = (ref - weekday + 7) % 7;
  const date = future ? addDays(published, (weekday - ref + 7) % 7 || 7) : addDays(published, -back);
  const how = future ? `the next ${WEEKDAYS[weekday]} after ${published} (the text speaks of the future)` : `the latest ${WEEKDAYS[weekday]} on or before ${published}`;
  return { text, start, end, date, precision: "day", note: `'${text}': ${how}` };
}

/**
 * Every date expression in the paragraphs given, resolved against the publication date: chrono-node
 * finds and parses them; news conventions it lacks are applied here (past by default and future on a
 * cue, month parts, "October last year", "a day earlier" counted from the date last given, "the same
 * day", bare years). Month precision dates use the month's last day (capped at publication), as the dataset does.
 */
export function resolveDates(body: string, spans: readonly TextSpan[], sentences: readonly TextSpan[], published: string): ResolvedDate[] {
  const reference = { instant: fromIso(published), timezone: 0 };
  const found: Found[] = [];
  for (const span of spans) {
    for (const part of [...span.text.matchAll(MONTH_PART)]) {
      const start = span.start + part.index!;
      const month = MONTHS.findIndex((m) => m.toLowerCase() === part[2]!.toLowerCase()) + 1;
      const future = FUTURE_CUES.test(sentenceBefore(body, start, sentences).slice(-60));
      const year = yearForMonth(month, part[1]!.toLowerCase().includes("late") || part[1]!.toLowerCase().includes("end") ? 28 : 1, published, future);
      found.push({ text: part[0], start, end: start + part[0].length, date: capAt(endOfMonth(year, month), published), precision: "month", note: `'${part[0]}': ${part[1]} ${MONTHS[month - 1]} ${year}, the day not given` });
    }
    for (const result of chrono.parse(span.text, reference)) {
      const resolved = resolveChrono(result, body, span.start, published, sentences);
      if (resolved && !found.some((f) => f.start < resolved.end && resolved.start < f.end)) found.push(resolved);
    }
    for (const match of [...span.text.matchAll(BARE_YEAR)]) {
      const start = span.start + match.index! + match[0].length - match[1]!.length;
      const end = start + match[1]!.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ text: match[1]!, start, end, date: capAt(`${match[1]}-12-31`, published), precision: "year", note: `'${match[0]}': the year ${match[1]}` });
    }
    for (const pattern of [ANCHORED_RELATIVE, SAME_DAY]) {
      for (const match of [...span.text.matchAll(pattern)]) {
        const start = span.start + match.index!;
        const end = start + match[0].length;
        const overlapping = found.findIndex((f) => f.start < end && start < f.end);
        if (overlapping >= 0) found.splice(overlapping, 1);
        found.push({ text: match[0], start, end, date: "", precision: "day", note: pattern === SAME_DAY ? "same-day" : "anchored" });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Anchored expressions count from the last day-precision date before them, else from publication.
  let anchor: string | undefined;
  const resolved: ResolvedDate[] = [];
  for (const item of found) {
    if (item.note === "same-day" || item.note === "anchored") {
      const base = anchor ?? published;
      let date = base;
      if (item.note === "anchored") {
        const match = new RegExp(ANCHORED_RELATIVE.source, "i").exec(item.text);
        const count = match?.[1] ? (NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1])) : 1;
        const direction = /earlier|before|previous/i.test(item.text) ? -1 : 1;
        date = addDays(base, direction * count);
      }
      const from = anchor ? `the date last given (${base})` : `the publication date (${base})`;
      resolved.push({ ...item, date, note: `'${item.text}': counted from ${from}` });
      anchor = date;
      continue;
    }
    if (item.precision === "day") anchor = item.date;
    resolved.push(item);
  }
  return resolved;
}
