import { IsoDateSchema } from "../schema/primitives";
import { firstValue, type ParamNotice, type SearchParams } from "./search-params";

export type DateRange = { from?: string; to?: string };

/** Longest value worth echoing back in a notice; anything longer is cut. */
const ECHO_LIMIT = 40;

export function echo(value: string): string {
  return value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value;
}

/**
 * Parses `from` and `to` (YYYY-MM-DD, inclusive). Malformed or impossible dates are dropped and a
 * range given backwards is swapped; each correction comes back as a notice for the page to show.
 */
export function parseDateRange(params: SearchParams): { range: DateRange; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const read = (name: "from" | "to"): string | undefined => {
    const raw = firstValue(params, name)?.trim();
    if (!raw) return undefined;
    if (IsoDateSchema.safeParse(raw).success) return raw;
    notices.push({ param: name, message: `Ignored “${name}=${echo(raw)}”: not a valid date (use YYYY-MM-DD).` });
    return undefined;
  };
  let from = read("from");
  let to = read("to");
  if (from && to && from > to) {
    notices.push({ param: "from", message: `“from” (${from}) was after “to” (${to}); the two dates were swapped.` });
    [from, to] = [to, from];
  }
  return { range: { ...(from ? { from } : {}), ...(to ? { to } : {}) }, notices };
}
