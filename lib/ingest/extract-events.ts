import type { Actor } from "../schema/actor";
import type { DraftEvent } from "../schema/draft";
import { actorNames, indexOfWords, nameWords } from "./actor-names";
import { EVENT_RULES } from "./event-rules";
import type { ResolvedDate } from "./resolve-dates";
import { slugify, uniqueSlug } from "./slug";
import type { TextSpan } from "./text-span";

/** Known actors a sentence names, in the order of the roster (unnamed sources left out). */
function actorsIn(sentence: string, actors: readonly Actor[]): string[] {
  const words = nameWords(sentence);
  return actors.filter((actor) => actor.kind !== "unnamed-source" && actorNames(actor).some((name) => indexOfWords(words, name) >= 0)).map((a) => a.id);
}

/**
 * Event candidates: a sentence with a date expression known to the day or month, on or before
 * publication, that names a known actor and holds the words of an event type. Titles and summaries are
 * the article's words for the editor to rewrite; confidence is low on purpose.
 */
export function draftEvents(sentences: readonly TextSpan[], dates: readonly ResolvedDate[], actors: readonly Actor[], articleId: string, published: string, takenIds: Set<string>): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (const sentence of sentences) {
    const date = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && (d.precision === "day" || d.precision === "month") && d.date <= published);
    if (!date) continue;
    const rule = EVENT_RULES.find((r) => r.pattern.test(sentence.text));
    const actorIds = actorsIn(sentence.text, actors);
    if (!rule || actorIds.length === 0) continue;
    const text = sentence.text.trim();
    const title = text.length <= 120 ? text : `${text.slice(0, 119).replace(/\s+\S*$/, "")}…`;
    events.push({
      id: uniqueSlug(`${date.date}-${slugify(title, 6)}`, takenIds),
      date: date.date,
      precision: date.precision === "month" ? "month" : "day",
      dateNote: date.note,
      inferred: [],
      type: rule.type,
      title,
      summary: text,
      actorIds,
      proposalIds: [],
      sources: [{ articleId, quote: text }],
      review: {
        status: "pending",
        confidence: 0.4,
        cue: rule.pattern.exec(sentence.text)![0].slice(0, 60),
        start: sentence.start,
        end: sentence.end,
        notes: ["event drafted from one sentence: write a neutral title and summary, check the type, actors and date"],
      },
    });
  }
  return events;
}
