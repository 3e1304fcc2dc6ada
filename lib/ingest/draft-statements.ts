import type { Actor } from "../schema/actor";
import type { DraftStatement } from "../schema/draft";
import { VENUE_NOT_STATED } from "../schema/statement";
import type { StatementCandidate } from "./extract-statements";
import { slugify, uniqueSlug } from "./slug";

function sourceQuote(candidate: StatementCandidate): string {
  return candidate.sentence.text.trim();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/**
 * Statement records from statement candidates, in the dataset's shape: dated by a date in the same
 * sentence or, failing one, approximately by the article's date (marked as our inference); venue only
 * when stated; a speaker we inferred says so. The summary is a placeholder for the editor to write.
 */
export function draftStatements(candidates: readonly StatementCandidate[], articleId: string, published: string, actors: readonly Actor[], takenIds: Set<string>): DraftStatement[] {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return candidates.map((candidate) => {
    const { resolution, date } = candidate;
    const speakerName = names.get(resolution.speaker.actorId) ?? resolution.speaker.actorId;
    const outlet = candidate.venue ? actors.find((a) => a.kind === "news-organisation" && [a.name, a.shortName, ...a.aliases].some((n) => candidate.venue!.includes(n))) : undefined;
    const inferred: DraftStatement["inferred"] = [];
    if (!date) inferred.push({ field: "date", reason: `the text does not date these words; taken as reported around the article's date (${published})` });
    if (resolution.basis === "inferred") inferred.push({ field: "speakerId", reason: "the sentence names no speaker; the last speaker named before it is assumed" });
    const kind = resolution.speaker.kind;
    const id = uniqueSlug(`${slugify(`${resolution.speaker.actorId} ${candidate.text}`, 7)}-${(date?.date ?? published).slice(0, 7)}`, takenIds);
    return {
      id,
      date: date ? date.date : published,
      precision: date ? (date.precision === "range" ? "approximate" : date.precision) : "approximate",
      dateNote: date ? date.note : `Not dated in the text; reported in an article of ${published}.`,
      inferred,
      speakerId: resolution.speaker.actorId,
      actorId: resolution.speaksFor,
      venue: candidate.venue ?? VENUE_NOT_STATED,
      venueStated: candidate.venue !== undefined,
      ...(outlet ? { outletId: outlet.id } : {}),
      text: candidate.text,
      isDirectQuote: candidate.quoteKind === "direct",
      quoteKind: candidate.quoteKind,
      speakerKind: kind,
      ...(kind === "described" && resolution.speaker.description ? { speakerDescription: resolution.speaker.description } : {}),
      speakerBasis: resolution.basis,
      summary: `${speakerName}: ${shorten(candidate.text, 140)}`,
      proposalIds: [],
      topics: [],
      sources: [{ articleId, quote: sourceQuote(candidate) }],
      review: {
        status: "pending",
        confidence: Math.round(candidate.confidence * 100) / 100,
        cue: candidate.cue,
        start: candidate.start,
        end: candidate.end,
        notes: [...candidate.notes, "summary drafted from the words: rewrite it in neutral, attributed prose"],
      },
    };
  });
}
