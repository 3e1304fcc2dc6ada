import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";

type Target = "actors" | "events" | "proposals" | "articles";

/** The id-valued fields of each kind of record and the collection each must point into; `[]` marks a list of ids. */
const REFERENCE_FIELDS: Record<string, readonly [field: string, target: Target, isList: boolean][]> = {
  actors: [["organisationId", "actors", false]],
  events: [
    ["actorIds", "actors", true],
    ["proposalIds", "proposals", true],
  ],
  statements: [
    ["speakerId", "actors", false],
    ["actorId", "actors", false],
    ["outletId", "actors", false],
    ["eventId", "events", false],
    ["proposalIds", "proposals", true],
  ],
  proposals: [
    ["proposerIds", "actors", true],
    ["respondsToId", "proposals", false],
  ],
  counts: [
    ["reportedById", "actors", false],
    ["eventId", "events", false],
  ],
};

/** Every id a record names must exist, or a link on the site would lead nowhere. */
export function checkReferences(dataset: Dataset, { citingRecords }: CheckContext = checkContext(dataset)): DataIssue[] {
  const known: Record<Target, Set<string>> = {
    actors: new Set(dataset.actors.map((a) => a.id)),
    events: new Set(dataset.events.map((e) => e.id)),
    proposals: new Set(dataset.proposals.map((p) => p.id)),
    articles: new Set(dataset.articles.map((a) => a.id)),
  };
  const issues: DataIssue[] = [];
  for (const { collection, file, index, record, sourceRefs } of citingRecords) {
    // Paths are only spelled out for records that have a problem: this loop runs over every record.
    const fields = record as Record<string, unknown>;
    const unknown = (path: string, id: string, target: Target) =>
      issues.push({ file, path: `[${index}].${path} (id "${record.id}")`, reason: `unknown ${target.slice(0, -1)} "${id}"` });
    for (const [field, target, isList] of REFERENCE_FIELDS[collection] ?? []) {
      const value = fields[field];
      if (value === undefined) continue;
      const ids = known[target];
      if (isList && Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) {
          const id = String(value[i]);
          if (!ids.has(id)) unknown(`${field}[${i}]`, id, target);
        }
      } else if (typeof value === "string" && !ids.has(value)) unknown(field, value, target);
    }
    if (collection === "proposals") {
      (fields.statusHistory as { eventId?: string }[]).forEach((change, i) => {
        if (change.eventId && !known.events.has(change.eventId)) unknown(`statusHistory[${i}].eventId`, change.eventId, "events");
      });
    }
    for (const { path, ref } of sourceRefs) {
      if (!known.articles.has(ref.articleId)) {
        issues.push({ file, path: `[${index}].${path}.articleId (id "${record.id}")`, reason: `unknown article "${ref.articleId}"` });
      }
    }
  }
  return issues;
}
