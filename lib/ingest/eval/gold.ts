import type { Dataset } from "../../schema/dataset";
import { normaliseForMatch } from "../../text/normalise-text";
import { findRepeatedParagraphs } from "../../queries/repeated-paragraphs";
import { containsWords } from "./text-overlap";

/** A quotation the curated data records for one article: its words, speaker and the passage it sits in. */
export type GoldQuote = { text: string; speakerId: string; passages: string[]; statementId: string };
export type GoldFigure = { value: number; metric: string; qualifier: string; countId: string };
/** Words that make a phrase a date expression ('Tuesday', 'a day earlier', 'late May'), not a tense cue ('remain'). */
const DATE_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|day|days|week|weeks|month|months|year|years|yesterday|today|tomorrow|\d{1,4})\b/i;

export type GoldDate = { phrase: string; date: string; precision: "day" | "month"; recordId: string };

/**
 * Curated quotations of an article: statements citing it whose kind is direct or partial. The words are
 * the statement's text where this article prints it, else the passage it cites here.
 */
export function goldQuotes(dataset: Dataset, articleId: string, body: string): GoldQuote[] {
  return dataset.statements.flatMap((statement) => {
    if (statement.quoteKind === "paraphrase") return [];
    const passages = statement.sources.filter((s) => s.articleId === articleId).map((s) => s.quote);
    if (passages.length === 0) return [];
    const text = containsWords(body, statement.text) ? statement.text : passages[0]!;
    return [{ text, speakerId: statement.speakerId, passages, statementId: statement.id }];
  });
}

/** Curated figures citing the article, as value, metric and qualifier. */
export function goldFigures(dataset: Dataset, articleId: string): GoldFigure[] {
  return dataset.counts
    .filter((count) => count.sources.some((s) => s.articleId === articleId))
    .map((count) => ({ value: count.value, metric: count.metric, qualifier: count.qualifier, countId: count.id }));
}

/**
 * Dates the editors resolved from this article's words: a record citing the article, known to the day
 * or month, whose `dateNote` quotes the words ('…') that date it. The last stretch after an ellipsis is used.
 */
export function goldDates(dataset: Dataset, articleId: string, body: string): GoldDate[] {
  const records = [...dataset.events, ...dataset.statements, ...dataset.counts, ...dataset.proposals];
  const seen = new Set<string>();
  const gold: GoldDate[] = [];
  for (const record of records) {
    if ((record.precision !== "day" && record.precision !== "month") || !record.dateNote) continue;
    if (!record.sources.some((s) => s.articleId === articleId)) continue;
    for (const match of record.dateNote.matchAll(/'([^']{3,120})'/g)) {
      const phrase = match[1]!.split("…").at(-1)!.trim();
      if (phrase.length < 3 || !DATE_WORD.test(phrase) || !normaliseForMatch(body).includes(normaliseForMatch(phrase))) continue;
      const key = `${phrase}|${record.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gold.push({ phrase, date: record.date, precision: record.precision, recordId: record.id });
    }
  }
  return gold;
}

/** Paragraphs (non-empty lines) that repeat an earlier one word for word, as the article page marks them. */
export function goldRepeats(body: string): string[] {
  const lines = body.split("\n").map((line) => line.trim()).filter(Boolean);
  const repeats = findRepeatedParagraphs(lines);
  return lines.filter((_, index) => repeats[index] !== undefined);
}
