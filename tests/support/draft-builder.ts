// Hand-written drafts for the review tool's tests, on the dataset builder's article plus two paragraphs.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { DraftSchema, type Draft } from "@/lib/schema/draft";
import { ARTICLE_BODY, buildDataset, withArticleBody, writeDataDir } from "./dataset-builder";

export const DRAFT_ID = "test-article";

/** The builder's article with two more paragraphs for the drafted records to quote. */
export const DRAFT_BODY = `${ARTICLE_BODY}\nAn Egyptian official told reporters in Cairo that a deal was “within reach”.\n\nThe army said at least 20 hostages were alive.\n`;

/** Where `passage` sits in the body, as the ingest tool records it. */
function offsets(passage: string): { start: number; end: number } {
  const start = DRAFT_BODY.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" is not in the draft body`);
  return { start, end: start + passage.length };
}

const review = (passage: string, cue: string, status: "pending" | "accepted" | "rejected" = "pending") => ({
  status,
  confidence: 0.8,
  cue,
  ...offsets(passage),
  notes: [],
});

/**
 * A valid draft: a new unnamed-source actor, a statement by it (so it depends on the actor), a figure, and
 * a statement by a known actor. Each record passes every check once what it refers to is in the data.
 */
export function buildDraft(): Draft {
  const dataset = withArticleBody(buildDataset(), DRAFT_BODY);
  const { seedFile, seedSha256, id, title, outlet, published, publishedEvidence, notes } = dataset.articles[0]!;
  const article = { seedFile, seedSha256, id, title, outlet, published, publishedEvidence, notes };
  const input: z.input<typeof DraftSchema> = {
    article,
    actors: [
      {
        id: "egyptian-official",
        name: "An Egyptian official",
        shortName: "Egyptian official",
        kind: "unnamed-source",
        role: "mediator",
        description: "An Egyptian official the article does not name.",
        sources: [{ articleId: DRAFT_ID, quote: "An Egyptian official told reporters in Cairo" }],
        review: review("An Egyptian official", "told"),
      },
    ],
    statements: [
      {
        id: "egyptian-official-within-reach",
        date: "2025-06-25",
        precision: "day",
        speakerId: "egyptian-official",
        actorId: "egyptian-official",
        venue: "told reporters in Cairo",
        text: "within reach",
        isDirectQuote: true,
        quoteKind: "direct",
        speakerKind: "described",
        speakerDescription: "An Egyptian official",
        summary: "An Egyptian official said a deal was within reach.",
        sources: [{ articleId: DRAFT_ID, quote: "An Egyptian official told reporters in Cairo that a deal was “within reach”." }],
        review: review("An Egyptian official told reporters in Cairo that a deal was “within reach”.", "told"),
      },
      {
        id: "qatar-talks-ongoing",
        date: "2025-06-24",
        precision: "day",
        speakerId: "qatar",
        actorId: "qatar",
        venue: "not stated",
        venueStated: false,
        text: "ongoing",
        isDirectQuote: true,
        quoteKind: "direct",
        speakerKind: "named",
        summary: "Qatar said the talks were ongoing.",
        sources: [{ articleId: DRAFT_ID, quote: "Mediator Qatar said Tuesday that talks are “ongoing”." }],
        review: review("Mediator Qatar said Tuesday that talks are “ongoing”.", "said"),
      },
    ],
    counts: [
      {
        id: "hostages-alive-army",
        date: "2025-06-25",
        precision: "day",
        metric: "hostages-alive",
        value: 20,
        qualifier: "at-least",
        attribution: "the army",
        sources: [{ articleId: DRAFT_ID, quote: "The army said at least 20 hostages were alive." }],
        review: review("at least 20 hostages were alive", "at least"),
      },
    ],
    events: [],
    dates: [],
    dropped: [],
  };
  return DraftSchema.parse(input);
}

/** Writes `draft` as `drafts/<id>.json` (or `raw` verbatim) into the data folder `dir`. */
export function writeDraft(dir: string, draft: Draft | null, raw?: string, id = DRAFT_ID): string {
  mkdirSync(path.join(dir, "drafts"), { recursive: true });
  const file = path.join(dir, "drafts", `${id}.json`);
  writeFileSync(file, raw ?? `${JSON.stringify(draft, null, 2)}\n`);
  return file;
}

/** A temp data folder whose article is the draft's, holding `draft` (by default the one above). */
export function writeReviewDataDir(draft: Draft = buildDraft()): string {
  const dir = writeDataDir(withArticleBody(buildDataset(), DRAFT_BODY));
  writeDraft(dir, draft);
  return dir;
}
