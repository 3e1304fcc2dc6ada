import type { Actor } from "../schema/actor";
import { attributeFigure, type FigureAttribution } from "./figure-attribution";
import { DEAL_TERMS, METRIC_RULES, NOT_A_COUNT_AFTER, NOT_A_COUNT_BEFORE, NUMBER_WORDS, QUALIFIER_WORDS, type MetricRule } from "./figure-rules";
import type { ResolvedDate } from "./resolve-dates";
import type { TextSpan } from "./text-span";

/** A figure the text reports: value, qualifier, metric, the day it describes and who reported it. */
export type FigureCandidate = {
  value: number;
  qualifier: "exact" | "over" | "at-least" | "approximately" | "nearly" | "up-to";
  metric: MetricRule["metric"];
  start: number;
  end: number;
  /** The number's words with the qualifier ("over 57,000"). */
  text: string;
  date: string;
  precision: "day" | "approximate";
  dateNote: string;
  attribution: FigureAttribution | undefined;
  sentence: TextSpan;
  confidence: number;
  notes: string[];
};

const NUMBER = new RegExp(`\\b(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|thousand))?|(${Object.keys(NUMBER_WORDS).join("|")}))\\b`, "gi");
const OCT7_DATE = "2023-10-07";

function valueOf(match: RegExpExecArray): number {
  if (match[3]) return NUMBER_WORDS[match[3].toLowerCase()]!;
  const base = Number(match[1]!.replace(/,/g, ""));
  return Math.round(match[2]?.toLowerCase() === "million" ? base * 1_000_000 : match[2] ? base * 1000 : base);
}

/**
 * Figures in the sentences given. A number counts when the words around it fit a metric rule
 * (figure-rules.ts); terms of a deal ("would be freed", "in return for the release of") are left out,
 * and a part ("49 of whom") counts only as living or dead. Dated: 7 October 2023 for that day's toll,
 * else a date the sentence gives, else the publication date (present tense).
 */
export function extractFigures(body: string, sentences: readonly TextSpan[], dates: readonly ResolvedDate[], actors: readonly Actor[], published: string): FigureCandidate[] {
  const figures: FigureCandidate[] = [];
  let previous: { sentence: TextSpan; attribution: FigureAttribution } | undefined;
  for (const sentence of sentences) {
    const text = sentence.text;
    const numbers = [...text.matchAll(NUMBER)];
    const sentenceAttributions: FigureAttribution[] = [];
    numbers.forEach((match, i) => {
      const at = match.index!;
      const end = at + match[0].length;
      const raw = match[0];
      const value = valueOf(match);
      const before = text.slice(Math.max(0, at - 60), at);
      // The window runs to the next number that counts something ("90%" does not cut it).
      const next = numbers.slice(i + 1).find((m) => !NOT_A_COUNT_AFTER.test(text.slice(m.index! + m[0].length)));
      const nextAt = next?.index ?? text.length;
      const isWhole = /\bof\s+(?:the\s+)?$/i.test(before);
      // "20 of the 50 hostages … are alive": the part reads on to the predicate; the whole ("50
      // hostages still in Gaza") stops at it.
      const partAhead = /^\s*of\s+(?:whom|them|the|those)\b/i.test(text.slice(end));
      let after = partAhead ? text.slice(end) : text.slice(end, nextAt);
      if (isWhole) after = after.split(/\s(?:are|were|is|was|have|had)\s/)[0]!;
      if (NOT_A_COUNT_AFTER.test(text.slice(end)) || NOT_A_COUNT_BEFORE.test(before)) return;
      if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) return;
      const isPart = partAhead;
      const clauseStart = Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at), text.lastIndexOf("—", at), -1) + 1;
      if (DEAL_TERMS.test(text.slice(clauseStart, at)) || /^\s*(?:\S+\s+){0,4}?(?:would|will|to be (?:freed|released|exchanged|handed))\b/i.test(after)) return;
      const rule = METRIC_RULES.find(
        (r) =>
          (!r.after || r.after.test(after)) &&
          (!r.before || r.before.test(before.replace(/(?:more than|over|at least|about|around|approximately|roughly|some|nearly|almost|up to|an estimated)\s+$/i, ""))) &&
          (!r.sentence || r.sentence.test(text)) &&
          !(r.unless && r.unless.test(text)),
      );
      if (!rule) return;
      if (isPart && rule.metric !== "hostages-alive" && rule.metric !== "hostages-dead") return;
      const qualifierWord = QUALIFIER_WORDS.find((q) => q.pattern.test(before));
      const qualifierMatch = qualifierWord ? qualifierWord.pattern.exec(before) : null;
      const start = sentence.start + at - (qualifierMatch ? qualifierMatch[0].length : 0);
      const notes: string[] = [];
      let attribution = attributeFigure(text, at, actors);
      if (attribution) sentenceAttributions.push(attribution);
      // "According to the IDF, 28 … are dead. Twenty are believed to be alive": a sentence that opens
      // with its figure continues the attribution of the sentence before.
      else if (previous && previous.sentence.end >= sentence.start - 2 && at - (qualifierMatch?.[0].length ?? 0) <= 6) {
        attribution = previous.attribution;
        notes.push(`attribution carried from the sentence before ("${previous.attribution.attribution}")`);
      }
      const dated = dateFigure(rule.metric, sentence, dates, published);
      figures.push({
        value,
        qualifier: qualifierWord?.qualifier ?? "exact",
        metric: rule.metric,
        start,
        end: sentence.start + end,
        text: body.slice(start, sentence.start + end),
        ...dated,
        attribution,
        sentence,
        confidence: isPart ? 0.7 : 0.8,
        notes: [...notes, ...(isPart ? ["a part of a larger figure (“of whom”/“of the”)"] : [])],
      });
    });
    const last = sentenceAttributions.at(-1);
    previous = last ? { sentence, attribution: last } : undefined;
  }
  return figures;
}

function dateFigure(metric: MetricRule["metric"], sentence: TextSpan, dates: readonly ResolvedDate[], published: string): Pick<FigureCandidate, "date" | "precision" | "dateNote"> {
  if (metric === "deaths-israel-oct7") return { date: OCT7_DATE, precision: "day", dateNote: "the toll of the attack of 7 October 2023 (the metric's day)" };
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.precision === "day");
  if (metric === "hostages-taken") {
    const day = inSentence.find((d) => d.date === OCT7_DATE) ?? inSentence[0];
    if (day) return { date: day.date, precision: "day", dateNote: `'${day.text}' in the same sentence` };
    return { date: OCT7_DATE, precision: "day", dateNote: "hostages taken: the attack of 7 October 2023 (our inference; the sentence gives no date)" };
  }
  return { date: published, precision: "day", dateNote: `as of the article's date (${published}): the text states the figure in the present` };
}
