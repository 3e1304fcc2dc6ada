import { echo } from "../params/date-range-params";
import type { SearchParams } from "../params/search-params";
import { MAX_QUERY_LENGTH, parseTimelineParams, TimelineOrderSchema, type TimelineParamsContext, type TimelineView } from "../params/timeline-params";
import { IsoDateSchema } from "../schema/primitives";
import type { ApiError } from "./api-schemas";

/** Parameters `/timeline` reads that a collection may also take, with the timeline's meaning. */
export type TimelineParamName = "actor" | "type" | "from" | "to" | "q" | "order" | "p" | "entry";

/** Which parameters a collection takes. */
export type ParamSpec = {
  /** Read by the timeline's own parser (so `actor` includes an organisation's people, as on /timeline). */
  timeline: readonly TimelineParamName[];
  /**
   * Repeatable parameters with a fixed list of values, checked here; `type` may also be one of these,
   * narrowing the timeline's types (events take event types only).
   */
  choices?: Readonly<Record<string, readonly string[]>>;
};

export type ApiParams = {
  /** What the timeline parser made of the parameters: the view `/timeline` would show. */
  view: TimelineView;
  /** Values of the `choices` parameters given, lower case, each once, sorted. */
  choices: Record<string, string[]>;
  /** The timeline parameters as Next.js hands a page its `searchParams`. */
  searchParams: SearchParams;
};

export type ParsedApiParams = { ok: true; params: ApiParams } | { ok: false; errors: ApiError[] };

const REPEATABLE = new Set(["actor", "type"]);
/** `page` is read as a spelling of `p`, as on /timeline. */
const PAGE_ALIAS = "page";

function quoted(value: string): string {
  return `“${echo(value)}”`;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** The names a collection accepts, for error messages. */
export function acceptedNames(spec: ParamSpec): string[] {
  return [...new Set([...spec.timeline, ...Object.keys(spec.choices ?? {})])];
}

/**
 * Reads an API query strictly: every problem is an error naming its parameter, where /timeline would
 * drop or correct the value and say so. Checks here what the timeline parser forgives silently
 * (unknown names for this collection, repeats, empty values, a date range given backwards, an overlong
 * `q`), then runs the timeline parser itself and turns each notice it gives into an error.
 */
export function parseApiParams(search: URLSearchParams, spec: ParamSpec, context: TimelineParamsContext): ParsedApiParams {
  const errors: ApiError[] = [];
  const fail = (parameter: string, message: string) => errors.push({ parameter, message });
  const accepted = new Set<string>(acceptedNames(spec));
  if (accepted.has("p")) accepted.add(PAGE_ALIAS);
  const choices = spec.choices ?? {};

  // The values of each accepted name, trimmed (as the timeline trims them).
  const values = new Map<string, string[]>();
  for (const name of new Set(search.keys())) {
    if (!accepted.has(name)) {
      const names = acceptedNames(spec);
      fail(name, `Unknown parameter ${quoted(name)}: ${names.length ? `this endpoint takes ${names.join(", ")}` : "this endpoint takes none"}.`);
      continue;
    }
    const given = search.getAll(name).map((value) => value.trim());
    const canonical = name === PAGE_ALIAS ? "p" : name;
    if (values.has(canonical)) {
      fail("p", "The page is given twice (as “p” and as “page”); give it once, as “p”.");
      continue;
    }
    if (given.some((value) => value === "")) fail(canonical, `${quoted(name)} has an empty value.`);
    if (!REPEATABLE.has(canonical) && !(canonical in choices) && given.length > 1) {
      fail(canonical, `${quoted(name)} is given ${given.length} times; it takes one value.`);
    }
    values.set(canonical, given.filter(Boolean));
  }
  const first = (name: string) => values.get(name)?.[0];

  // Values the timeline parser would correct rather than refuse.
  const from = first("from");
  const to = first("to");
  for (const [name, value] of [["from", from], ["to", to]] as const) {
    if (value !== undefined && !IsoDateSchema.safeParse(value).success) fail(name, `${quoted(value)} is not a date: use YYYY-MM-DD.`);
  }
  if (from && to && from > to && !errors.some((e) => e.parameter === "from" || e.parameter === "to")) {
    fail("from", `“from” (${from}) is after “to” (${to}).`);
  }
  const q = first("q");
  if (q !== undefined && q.replace(/\s+/g, " ").length > MAX_QUERY_LENGTH) fail("q", `The search text is longer than ${MAX_QUERY_LENGTH} characters.`);
  const order = first("order");
  if (order !== undefined && !TimelineOrderSchema.safeParse(order.toLowerCase()).success) {
    fail("order", `${quoted(order)} is not an order: use ${TimelineOrderSchema.options.join(" or ")}.`);
  }
  const page = first("p");
  if (page !== undefined && !/^\d{1,9}$/.test(page)) fail("p", `${quoted(page)} is not a page number: pages are numbered 1, 2, 3…`);
  else if (page !== undefined && Number(page) < 1) fail("p", "Pages are numbered from 1.");
  if (page !== undefined && first("entry") !== undefined) fail("entry", "Give either “entry” (open the page holding it) or “p”, not both.");

  const chosen: Record<string, string[]> = {};
  for (const [name, allowed] of Object.entries(choices)) {
    const given = sortedUnique((values.get(name) ?? []).map((value) => value.toLowerCase()));
    const unknown = given.filter((value) => !allowed.includes(value));
    if (unknown.length > 0) fail(name, `Unknown ${name} ${unknown.slice(0, 5).map(quoted).join(", ")}: use ${allowed.join(", ")}.`);
    chosen[name] = given;
  }

  // The timeline's own parser on the parameters it knows; any notice it gives is an error here.
  const searchParams: SearchParams = {};
  for (const name of spec.timeline) {
    const given = values.get(name);
    if (given?.length) searchParams[name] = given.length === 1 ? given[0] : given;
  }
  const { view, notices } = parseTimelineParams(searchParams, context);
  for (const notice of notices) {
    if (!errors.some((e) => e.parameter === notice.param)) fail(notice.param, notice.message);
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: { view, choices: chosen, searchParams } };
}
