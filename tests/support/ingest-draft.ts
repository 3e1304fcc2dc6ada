// Runs the ingest pipeline on a test's own text, with a roster of actors built by the dataset builder.
import { buildDraft } from "@/lib/ingest/build-draft";
import { makeFrontMatter } from "@/lib/ingest/front-matter";
import type { Actor } from "@/lib/schema/actor";
import { DraftSchema, type Draft } from "@/lib/schema/draft";
import { buildActor } from "./dataset-builder";

/** Known actors for ingest tests: a state, a body, a named person with aliases, a group and an unnamed source. */
export const INGEST_ACTORS: Actor[] = [
  buildActor("qatar", "Qatar", "state", { role: "mediator" }),
  buildActor("egypt", "Egypt", "state", { role: "mediator" }),
  buildActor("israel", "Israel", "state", { role: "party" }),
  buildActor("hamas", "Hamas", "armed-group", { role: "party" }),
  buildActor("qatar-foreign-ministry", "Qatari Foreign Ministry", "government-body", { organisationId: "qatar" }),
  buildActor("idf", "Israel Defense Forces", "government-body", { organisationId: "israel", aliases: ["IDF", "Israel’s military"] }),
  buildActor("majed-al-ansari", "Majed Al Ansari", "person", { organisationId: "qatar", aliases: ["Majed al-Ansari"] }),
  buildActor("reuters", "Reuters", "news-organisation", { role: "reporter" }),
  buildActor("israeli-official", "Unnamed Israeli official", "unnamed-source", { organisationId: "israel" }),
];

/** The draft of `body` published on `published`, validated by the draft schema as the command does. */
export function draftOf(body: string, published = "2025-06-25", actors: readonly Actor[] = INGEST_ACTORS): Draft {
  const article = makeFrontMatter({ body, inputPath: "test.txt", published, publishedEvidence: ["test"], id: "test-draft" });
  const { draft } = buildDraft({ body, article, actors, takenIds: new Set() });
  return DraftSchema.parse(draft);
}
