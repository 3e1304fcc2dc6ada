import type { DataIssue } from "./data-issue";
import type { Dataset } from "../schema/dataset";
import { eachRecord, sourceRefsOf } from "./collections";

type Target = "actors" | "events" | "proposals" | "articles";

type Reference = { path: string; id: string; target: Target };

function one(refs: Reference[], record: Record<string, unknown>, field: string, target: Target): void {
  const value = record[field];
  if (typeof value === "string") refs.push({ path: field, id: value, target });
}

function many(refs: Reference[], record: Record<string, unknown>, field: string, target: Target): void {
  const value = record[field];
  if (Array.isArray(value)) value.forEach((id, i) => refs.push({ path: `${field}[${i}]`, id: String(id), target }));
}

/** The id-valued fields of each kind of record and the collection each must point into. */
function referencesOf(collection: string, record: Record<string, unknown>): Reference[] {
  const refs: Reference[] = [];
  switch (collection) {
    case "actors":
      one(refs, record, "organisationId", "actors");
      break;
    case "events":
      many(refs, record, "actorIds", "actors");
      many(refs, record, "proposalIds", "proposals");
      break;
    case "statements":
      one(refs, record, "speakerId", "actors");
      one(refs, record, "actorId", "actors");
      one(refs, record, "eventId", "events");
      many(refs, record, "proposalIds", "proposals");
      break;
    case "proposals":
      many(refs, record, "proposerIds", "actors");
      one(refs, record, "respondsToId", "proposals");
      (record.statusHistory as { eventId?: string }[]).forEach((change, i) => {
        if (change.eventId) refs.push({ path: `statusHistory[${i}].eventId`, id: change.eventId, target: "events" });
      });
      break;
    case "counts":
      one(refs, record, "reportedById", "actors");
      one(refs, record, "eventId", "events");
      break;
  }
  return refs;
}

/** Every id a record names must exist, or a link on the site would lead nowhere. */
export function checkReferences(dataset: Dataset): DataIssue[] {
  const known: Record<Target, Set<string>> = {
    actors: new Set(dataset.actors.map((a) => a.id)),
    events: new Set(dataset.events.map((e) => e.id)),
    proposals: new Set(dataset.proposals.map((p) => p.id)),
    articles: new Set(dataset.articles.map((a) => a.id)),
  };
  const issues: DataIssue[] = [];
  for (const { collection, file, index, record } of eachRecord(dataset)) {
    // Paths are only spelled out for records that have a problem: this loop runs over every record.
    for (const ref of referencesOf(collection, record as Record<string, unknown>)) {
      if (!known[ref.target].has(ref.id)) {
        issues.push({ file, path: `[${index}].${ref.path} (id "${record.id}")`, reason: `unknown ${ref.target.slice(0, -1)} "${ref.id}"` });
      }
    }
    for (const { path, ref } of sourceRefsOf(record)) {
      if (!known.articles.has(ref.articleId)) {
        issues.push({ file, path: `[${index}].${path}.articleId (id "${record.id}")`, reason: `unknown article "${ref.articleId}"` });
      }
    }
  }
  return issues;
}
