import type { DraftCount } from "../schema/draft";
import type { FigureCandidate } from "./extract-figures";
import { slugify, uniqueSlug } from "./slug";

/** Count records from figure candidates, in the dataset's shape; an unattributed figure says so. */
export function draftCounts(candidates: readonly FigureCandidate[], articleId: string, takenIds: Set<string>): DraftCount[] {
  return candidates.map((figure) => {
    const inferred: DraftCount["inferred"] = figure.dateNote.includes("our inference") ? [{ field: "date", reason: figure.dateNote }] : [];
    return {
      id: uniqueSlug(slugify(`${figure.metric} ${figure.qualifier === "exact" ? "" : figure.qualifier} ${figure.value} ${figure.date}`, 10), takenIds),
      date: figure.date,
      precision: figure.precision,
      dateNote: figure.dateNote,
      inferred,
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      ...(figure.attribution?.reportedById ? { reportedById: figure.attribution.reportedById } : {}),
      attribution: figure.attribution?.attribution ?? "Not attributed in the article",
      sources: [{ articleId, quote: figure.sentence.text.trim() }],
      review: {
        status: "pending",
        confidence: figure.confidence,
        cue: figure.text,
        start: figure.start,
        end: figure.end,
        notes: figure.notes,
      },
    };
  });
}
