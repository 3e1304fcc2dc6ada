import { z } from "zod";
import { CorrectionRecordKindSchema } from "../schema/correction";
import { SlugSchema } from "../schema/primitives";
import { echo } from "./date-range-params";
import { readPageParam } from "./page-param";
import { ParamValuesSchema, type ParamNotice, type SearchParams } from "./search-params";

/** Path of the corrections log; one place so links, the proxy and the page agree. */
export const CORRECTIONS_PATH = "/corrections";

/** What a `/corrections` URL asks for, once cleaned: the kind of record, a page, or the correction whose page to open. */
export const CorrectionsViewSchema = z.object({
  /** `kind=event`: only the corrections to that kind of record. */
  kind: CorrectionRecordKindSchema.optional(),
  /** 1-based page asked for with `p`; clamped once the number of corrections is known. */
  page: z.number().int().min(1).optional(),
  /** `entry=<id>`: open the page of the whole log holding this correction (the address `/corrections#<id>` falls back to). */
  entry: SlugSchema.optional(),
});
export type CorrectionsView = z.infer<typeof CorrectionsViewSchema>;

/** Every parameter the log reads. `page` is accepted as a spelling of `p`. */
const KNOWN_PARAMS = new Set(["kind", "p", "page", "entry"]);

export function isCorrectionsParam(name: string): boolean {
  return KNOWN_PARAMS.has(name);
}

/**
 * Reads `/corrections` search parameters, the timeline's way (`lib/params/page-param.ts`): never throws;
 * what cannot be used is dropped, with a notice.
 */
export function parseCorrectionsParams(params: SearchParams, hasCorrection: (id: string) => boolean): { view: CorrectionsView; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const page = readPageParam(params, notices);
  const first = (name: "kind" | "entry") => {
    const values = [...new Set(ParamValuesSchema.parse(params[name]))];
    if (values.length > 1) notices.push({ param: name, message: `Only the first “${name}” was used; a link takes one.` });
    return values[0]?.toLowerCase();
  };
  const kindValue = first("kind");
  const kind = CorrectionRecordKindSchema.safeParse(kindValue);
  if (kindValue !== undefined && !kind.success) {
    notices.push({ param: "kind", message: `Ignored kind “${echo(kindValue)}”: use ${CorrectionRecordKindSchema.options.join(", ")}; showing every correction.` });
  }
  const entryValue = first("entry");
  const isKnownEntry = entryValue !== undefined && SlugSchema.safeParse(entryValue).success && hasCorrection(entryValue);
  if (entryValue !== undefined && !isKnownEntry) notices.push({ param: "entry", message: `No correction has the id “${echo(entryValue)}”; it may be mistyped.` });
  for (const name of Object.keys(params)) {
    if (!KNOWN_PARAMS.has(name)) notices.push({ param: name, message: `Ignored “${echo(name)}”: not a setting of the corrections log.` });
  }
  const view: CorrectionsView = {
    ...(kind.success ? { kind: kind.data } : {}),
    ...(page !== undefined ? { page } : {}),
    ...(isKnownEntry ? { entry: entryValue } : {}),
  };
  return { view, notices };
}

/**
 * The query of a view of the log: `kind=event&p=3` (no `p` for the first page), or `entry=<id>`, which
 * stands for the page of the whole log that holds it.
 */
export function correctionsQuery(view: CorrectionsView): string {
  const query = new URLSearchParams();
  if (view.entry) {
    query.set("entry", view.entry);
    return query.toString();
  }
  if (view.kind) query.set("kind", view.kind);
  if (view.page && view.page > 1) query.set("p", String(view.page));
  return query.toString();
}

/** `/corrections`, `/corrections?kind=event&p=3`, optionally with a fragment (a correction id). */
export function correctionsHref(view: CorrectionsView, hash?: string): string {
  const query = correctionsQuery(view);
  return `${CORRECTIONS_PATH}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/**
 * A correction's lasting address, `/corrections#<id>`: whatever page holds it later, the log's script
 * opens that page (`?entry=<id>`). Feeds use it as the item's id, which must never change.
 */
export function correctionPermalink(id: string): string {
  return `${CORRECTIONS_PATH}#${id}`;
}
