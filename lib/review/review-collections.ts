import type { z } from "zod";
import { FIXTURE_FILES } from "../schema/dataset";
import { DraftActorSchema, DraftCountSchema, DraftEventSchema, DraftStatementSchema, type Draft } from "../schema/draft";

/** The draft's record collections, in the order they can be accepted (actors before those who cite them). */
export const REVIEW_COLLECTIONS = ["actors", "events", "statements", "counts"] as const;
export type ReviewCollection = (typeof REVIEW_COLLECTIONS)[number];

export function isReviewCollection(value: unknown): value is ReviewCollection {
  return typeof value === "string" && (REVIEW_COLLECTIONS as readonly string[]).includes(value);
}

/** A drafted record of any collection (its dataset shape plus `review`). */
export type DraftRecord = Draft[ReviewCollection][number];

/** Each collection's drafted record schema (with `review`) and its dataset file and schema (without). */
export const REVIEW_SCHEMAS: { [C in ReviewCollection]: { draft: z.ZodType<Draft[C][number]>; file: string } } = {
  actors: { draft: DraftActorSchema, file: FIXTURE_FILES.actors.file },
  events: { draft: DraftEventSchema, file: FIXTURE_FILES.events.file },
  statements: { draft: DraftStatementSchema, file: FIXTURE_FILES.statements.file },
  counts: { draft: DraftCountSchema, file: FIXTURE_FILES.counts.file },
};

/** Singular nouns for messages ("statement "x""). */
export const RECORD_NOUNS: Record<ReviewCollection, string> = {
  actors: "actor",
  events: "event",
  statements: "statement",
  counts: "figure",
};

/** The record as it goes into `data/*.json`: everything but the editor's `review`. */
export function withoutReview(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== "review"));
}
