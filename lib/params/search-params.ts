import { z } from "zod";

/** What Next.js hands a page as `searchParams` once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter the page dropped or changed, so it can tell the reader. */
export type ParamNotice = { param: string; message: string };

/**
 * The one reader of a parameter's values: given once (`?p=a`), repeated (`?p=a&p=b`) or not at all, it is
 * read as a list of trimmed, non-blank values, in order.
 */
export const ParamValuesSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .transform((values) => values.map((v) => v.trim()).filter((v) => v.length > 0));

/** All values of a repeatable parameter, trimmed, blanks left out (`?actor=a&actor=b` → ["a", "b"]). */
export function allValues(params: SearchParams, name: string): string[] {
  return ParamValuesSchema.parse(params[name]);
}

/** The first value of a single-valued parameter; later repeats are reported by the caller. */
export function firstValue(params: SearchParams, name: string): string | undefined {
  return allValues(params, name)[0];
}

/** A URL's query as Next.js hands it to a page: one value as a string, repeats as a list. */
export function toSearchParams(search: URLSearchParams): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of search) {
    const previous = params[name];
    params[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return params;
}
