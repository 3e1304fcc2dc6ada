import { z } from "zod";
import { pluralWord } from "../format/words";
import { TimelineTypeSchema } from "../schema/timeline-entry";
import { IsoDateSchema, SlugSchema } from "../schema/primitives";
import { echo, parseDateRange } from "./date-range-params";
import { readPageParam } from "./page-param";
import { ParamValuesSchema, type ParamNotice, type SearchParams } from "./search-params";

/** Longest free-text search kept; longer queries are cut and the reader is told. */
export const MAX_QUERY_LENGTH = 200;
/** More values than any reader picks by hand; caps the work a crafted URL can cause. */
const MAX_REPEATS = 50;
/** How many ignored values a notice names before summing up the rest. */
const NOTICE_NAMES = 5;

export const TimelineOrderSchema = z.enum(["newest", "oldest"]);
export type TimelineOrder = z.infer<typeof TimelineOrderSchema>;

/** What a `/timeline` URL asks for, once cleaned: the filter, the order and where to start. */
export const TimelineViewSchema = z.object({
  actorIds: z.array(SlugSchema),
  types: z.array(TimelineTypeSchema),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  q: z.string().min(1).max(MAX_QUERY_LENGTH).optional(),
  order: TimelineOrderSchema,
  /** 1-based page asked for with `p`; the page clamps it once the number of matches is known. */
  page: z.number().int().min(1).optional(),
  /** Entry whose page to open (`entry=<id>`), so permalinks survive entries being added. */
  entry: SlugSchema.optional(),
});
export type TimelineView = z.infer<typeof TimelineViewSchema>;

/** Every parameter the timeline reads. `page` is accepted as a spelling of `p`. */
const KNOWN_PARAMS = new Set(["actor", "type", "from", "to", "q", "order", "p", "page", "entry"]);

/** Whether the timeline reads a parameter of this name (others are ignored, with a notice). */
export function isTimelineParam(name: string): boolean {
  return KNOWN_PARAMS.has(name);
}

/** Likely slips in hand-written links, answered with the right name. */
const DID_YOU_MEAN: Record<string, string> = { actors: "actor", types: "type", query: "q", search: "q", sort: "order", entries: "entry" };

const RawTimelineParamsSchema = z.object({
  actor: ParamValuesSchema,
  type: ParamValuesSchema,
  q: ParamValuesSchema,
  order: ParamValuesSchema,
  entry: ParamValuesSchema,
});

export type TimelineParamsContext = {
  /** Whether an actor id exists in the dataset. */
  hasActor: (id: string) => boolean;
  /** Whether an event, statement or figure has this id. */
  hasEntry: (id: string) => boolean;
};

export type TimelineParams = { view: TimelineView; notices: ParamNotice[] };

function listIgnored(values: readonly string[]): string {
  const named = values.slice(0, NOTICE_NAMES).map((v) => `“${echo(v)}”`);
  const rest = values.length - named.length;
  return rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
}

function dedupe<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Reads `/timeline` search parameters. Never throws: whatever cannot be used is dropped or
 * corrected, and each change comes back as a notice the page shows above the results.
 */
export function parseTimelineParams(params: SearchParams, context: TimelineParamsContext): TimelineParams {
  const notices: ParamNotice[] = [];
  // ParamValuesSchema accepts any string or list, so this parse cannot fail on what Next.js hands a page.
  const raw = RawTimelineParamsSchema.parse(params);

  const single = (name: string, values: readonly string[]): string | undefined => {
    if (dedupe(values).length > 1) notices.push({ param: name, message: `Only the first “${name}” was used; a link takes one.` });
    return values[0];
  };

  // actor: repeatable, matched on lower case; unknown ids are named in one notice.
  const actorValues = dedupe(raw.actor.map((v) => v.toLowerCase()));
  if (actorValues.length > MAX_REPEATS) {
    notices.push({ param: "actor", message: `Only the first ${MAX_REPEATS} actors were used.` });
  }
  const actorIds: string[] = [];
  const unknownActors: string[] = [];
  for (const id of actorValues.slice(0, MAX_REPEATS)) {
    if (SlugSchema.safeParse(id).success && context.hasActor(id)) actorIds.push(id);
    else unknownActors.push(id);
  }
  if (unknownActors.length > 0) {
    notices.push({
      param: "actor",
      message: `Ignored ${pluralWord(unknownActors.length, "actor", "actors")} ${listIgnored(unknownActors)}: no actor has that id (see the Actors page for the ids).`,
    });
  }

  // type: repeatable; values are the event types plus `statement` and `figure`.
  const types: TimelineView["types"] = [];
  const unknownTypes: string[] = [];
  for (const value of dedupe(raw.type.map((v) => v.toLowerCase())).slice(0, MAX_REPEATS)) {
    const parsed = TimelineTypeSchema.safeParse(value);
    if (parsed.success) types.push(parsed.data);
    else unknownTypes.push(value);
  }
  if (unknownTypes.length > 0) {
    notices.push({
      param: "type",
      message: `Ignored ${pluralWord(unknownTypes.length, "type", "types")} ${listIgnored(unknownTypes)}: use ${TimelineTypeSchema.options.join(", ")}.`,
    });
  }

  const { range, notices: dateNotices } = parseDateRange(params);
  notices.push(...dateNotices);

  // q: white space folded, capped so a pasted article cannot become the query.
  let q = single("q", raw.q)?.replace(/\s+/g, " ");
  if (q && q.length > MAX_QUERY_LENGTH) {
    notices.push({ param: "q", message: `The search text was cut to its first ${MAX_QUERY_LENGTH} characters.` });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const orderValue = single("order", raw.order);
  const orderParsed = TimelineOrderSchema.safeParse(orderValue?.toLowerCase());
  if (orderValue !== undefined && !orderParsed.success) {
    notices.push({ param: "order", message: `Ignored “order=${echo(orderValue)}”: use “newest” or “oldest”; showing newest first.` });
  }

  const page = readPageParam(params, notices);

  const entryValue = single("entry", raw.entry)?.toLowerCase();
  const isKnownEntry = entryValue !== undefined && SlugSchema.safeParse(entryValue).success && context.hasEntry(entryValue);
  if (entryValue !== undefined && !isKnownEntry) {
    notices.push({ param: "entry", message: `No entry has the id “${echo(entryValue)}”; it may be mistyped.` });
  }

  for (const name of Object.keys(params)) {
    if (KNOWN_PARAMS.has(name)) continue;
    const hint = DID_YOU_MEAN[name.toLowerCase()];
    notices.push({
      param: name,
      message: `Ignored “${echo(name)}”: not a timeline setting${hint ? ` (did you mean “${hint}”?)` : ""}.`,
    });
  }

  const view: TimelineView = {
    actorIds,
    types,
    ...range,
    ...(q ? { q } : {}),
    order: orderParsed.success ? orderParsed.data : "newest",
    ...(page !== undefined ? { page } : {}),
    ...(isKnownEntry ? { entry: entryValue } : {}),
  };
  return { view, notices };
}
