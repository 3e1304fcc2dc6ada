import type { DataIssue } from "../data/data-issue";
import type { Dataset } from "../schema/dataset";
import { eachRecord, sourceRefsOf } from "./collections";

type Target = "actors" | "events" | "proposals" | "articles";

/** The id-valued fields of each kind of record and the collection each must point into. */
function referencesOf(collection: string, record: Record<string, unknown>): { path: string; id: string; target: Target }[] {
  const refs: { path: string; id: string; target: Target }[] = [];
  const one = (field: string, target: Target) => {
    const value = record[field];
    if (typeof value === "string") refs.push({ path: field, id: value, target });
  };
  const many = (field: string, target: Target) => {
    const value = record[field];
    if (Array.isArray(value)) value.forEach((id, i) => refs.push({ path: `${field}[${i}]`, id: String(id), target }));
  };
  switch (collection) {
    case "actors":
      one("organisationId", "actors");
      break;
    case "events":
      many("actorIds", "actors");
      many("proposalIds", "proposals");
      break;
    case "statements":
      one("speakerId", "actors");
      one("actorId", "actors");
      one("eventId", "events");
      many("proposalIds", "proposals");
      break;
    case "proposals":
      many("proposerIds", "actors");
      one("respondsToId", "proposals");
      (record.statusHistory as { eventId?: string }[]).forEach((change, i) => {
        if (change.eventId) refs.push({ path: `statusHistory[${i}].eventId`, id: change.eventId, target: "events" });
      });
      break;
    case "counts":
      one("reportedById", "actors");
      one("eventId", "events");
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
    const at = `[${index}]`;
    const id = ` (id "${record.id}")`;
    for (const ref of referencesOf(collection, record as Record<string, unknown>)) {
      if (!known[ref.target].has(ref.id)) {
        issues.push({ file, path: `${at}.${ref.path}${id}`, reason: `unknown ${ref.target.slice(0, -1)} "${ref.id}"` });
      }
    }
    for (const { path, ref } of sourceRefsOf(record)) {
      if (!known.articles.has(ref.articleId)) {
        issues.push({ file, path: `${at}.${path}.articleId${id}`, reason: `unknown article "${ref.articleId}"` });
      }
    }
  }
  return issues;
}
