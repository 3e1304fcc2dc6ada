import type { Draft } from "../schema/draft";
import { RECORD_NOUNS, type ReviewCollection } from "./review-collections";

/** A record this one refers to that exists only in the draft so far. */
export type DraftReference = { collection: "actors" | "events"; id: string; field: string };

/** Every id a record refers to by a field named `…Id` or `…Ids` (speakerId, actorIds, eventId…), articles aside. */
export function referencedIds(record: Record<string, unknown>): { field: string; id: string }[] {
  const found: { field: string; id: string }[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (field === "id" || field === "articleId") continue;
    if (field.endsWith("Id") && typeof value === "string") found.push({ field, id: value });
    if (field.endsWith("Ids") && Array.isArray(value)) {
      for (const id of value) if (typeof id === "string") found.push({ field, id });
    }
  }
  return found;
}

/**
 * The drafted actors and events `record` refers to that the data does not hold yet: they have to be
 * accepted first, or the statement would point at nobody.
 */
export function draftOnlyReferences(
  record: Record<string, unknown>,
  draft: Draft,
  dataIds: Readonly<Record<"actors" | "events", ReadonlySet<string>>>,
): DraftReference[] {
  const references: DraftReference[] = [];
  for (const { field, id } of referencedIds(record)) {
    for (const collection of ["actors", "events"] as const) {
      if (dataIds[collection].has(id) || id === record.id) continue;
      if (references.some((r) => r.collection === collection && r.id === id)) continue;
      if (draft[collection].some((candidate) => candidate.id === id)) references.push({ collection, id, field });
    }
  }
  return references;
}

/** "accept actor "x" first", for one or more references. */
export function describeReferences(collection: ReviewCollection, id: string, references: readonly DraftReference[]): string {
  const list = references.map((r) => `${RECORD_NOUNS[r.collection]} "${r.id}" (${r.field})`).join(", ");
  return `${RECORD_NOUNS[collection]} "${id}" refers to ${list}, still in this draft: accept ${references.length === 1 ? "it" : "them"} first`;
}
