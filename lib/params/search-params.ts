/** What Next.js hands a page as `searchParams` once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter the page dropped or changed, so it can tell the reader. */
export type ParamNotice = { param: string; message: string };

/** All values of a repeatable parameter, in order (`?actor=a&actor=b` → ["a", "b"]). */
export function allValues(params: SearchParams, name: string): string[] {
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first value of a single-valued parameter; later repeats are reported by the caller. */
export function firstValue(params: SearchParams, name: string): string | undefined {
  return allValues(params, name)[0];
}
