import type { DatasetIndex } from "../queries/dataset-index";
import { paginate, TIMELINE_PAGE_SIZE } from "../queries/paginate";
import { echo } from "../params/date-range-params";
import { acceptedNames, parseApiParams, type ApiParams } from "./api-params";
import type { ApiError, ApiErrorBody, ApiQuery, ListBody, RecordBody } from "./api-schemas";
import { COLLECTIONS, CollectionNameSchema, type Collection, type CollectionName } from "./collections";

/** Where every v1 address starts. */
export const API_V1_BASE = "/api/v1";

/** What an endpoint answers, before it is serialised: a status and a JSON-ready body. */
export type ApiResult = { status: 200 | 400 | 404; body: ListBody<unknown> | RecordBody<unknown> | ApiErrorBody };

function failure(status: 400 | 404, errors: ApiError[]): ApiResult {
  return { status, body: { error: errors[0]!, errors } };
}

function collectionOf(name: string): { name: CollectionName; collection: Collection } | undefined {
  const parsed = CollectionNameSchema.safeParse(name);
  return parsed.success ? { name: parsed.data, collection: COLLECTIONS[parsed.data] } : undefined;
}

function unknownCollection(name: string): ApiResult {
  return failure(404, [{ message: `No collection “${echo(name)}”: use ${CollectionNameSchema.options.join(", ")}.` }]);
}

/** The parameters used: filters in the order the collection lists them (repeatable ones sorted), then order, page and entry. */
function canonicalQuery(collection: Collection, { view, choices }: ApiParams, page: number): ApiQuery {
  const query: ApiQuery = {};
  const names = acceptedNames(collection.params);
  for (const name of names) {
    if (name === "actor" && view.actorIds.length > 0) query.actor = [...view.actorIds].sort();
    else if (name === "type" && view.types.length > 0) query.type = [...view.types].sort();
    else if (name === "from" && view.from) query.from = view.from;
    else if (name === "to" && view.to) query.to = view.to;
    else if (name === "q" && view.q) query.q = view.q;
    else if (choices[name]?.length) query[name] = choices[name];
  }
  if (names.includes("order")) query.order = view.order;
  query.p = page;
  if (view.entry) query.entry = view.entry;
  return query;
}

/** A site-relative link to the collection with `query`, leaving out defaults; `entry` gives way to the page it found. */
function linkTo(name: CollectionName, query: ApiQuery, page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "entry" || key === "p" || (key === "order" && value === "newest")) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  if (page > 1) search.set("p", String(page));
  const text = search.toString();
  return `${API_V1_BASE}/${name}${text ? `?${text}` : ""}`;
}

/** `GET /api/v1/<collection>?…`: one page of the collection's records matching the parameters. */
export function listResult(index: DatasetIndex, collectionName: string, search: URLSearchParams): ApiResult {
  const found = collectionOf(collectionName);
  if (!found) return unknownCollection(collectionName);
  const { name, collection } = found;

  const parsed = parseApiParams(search, collection.params, {
    hasActor: (id) => index.actors.has(id),
    hasEntry: (id) => index.positions.has(id),
  });
  if (!parsed.ok) return failure(400, parsed.errors);
  const { view } = parsed.params;

  const matches = collection.list(index, parsed.params);
  const slice = paginate(matches, { page: view.page, itemId: view.entry, pageSize: TIMELINE_PAGE_SIZE });
  if (slice.itemMissing) {
    return failure(400, [{ parameter: "entry", message: `Entry “${view.entry}” exists, but the other parameters leave it out.` }]);
  }
  if (slice.clampedFrom !== undefined) {
    const last = slice.pageCount === 1 ? (matches.length === 0 ? "nothing matches, so there is only page 1" : "everything matching fits on page 1") : `the last is page ${slice.pageCount}`;
    return failure(400, [{ parameter: "p", message: `There is no page ${slice.clampedFrom}: ${last}.` }]);
  }

  const query = canonicalQuery(collection, parsed.params, slice.page);
  return {
    status: 200,
    body: {
      data: slice.items,
      page: { number: slice.page, size: TIMELINE_PAGE_SIZE, count: slice.items.length, total: slice.total, pages: slice.pageCount },
      links: {
        self: linkTo(name, query, slice.page),
        ...(slice.page < slice.pageCount ? { next: linkTo(name, query, slice.page + 1) } : {}),
        ...(slice.page > 1 ? { prev: linkTo(name, query, slice.page - 1) } : {}),
      },
      query,
    },
  };
}

/** `GET /api/v1/<collection>/<id>`: one record in full. It takes no parameters. */
export function recordResult(index: DatasetIndex, collectionName: string, id: string, search: URLSearchParams): ApiResult {
  const found = collectionOf(collectionName);
  if (!found) return unknownCollection(collectionName);
  const { name, collection } = found;

  const names = [...new Set(search.keys())];
  if (names.length > 0) {
    return failure(
      400,
      names.map((parameter) => ({ parameter, message: `Unknown parameter “${echo(parameter)}”: a single ${collection.noun} takes no parameters.` })),
    );
  }
  const record = collection.record(index, id);
  if (!record) return failure(404, [{ parameter: "id", message: `No ${collection.noun} has the id “${echo(id)}”.` }]);
  return { status: 200, body: { data: record, links: { self: `${API_V1_BASE}/${name}/${encodeURIComponent(record.id)}` } } };
}
