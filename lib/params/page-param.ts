import { z } from "zod";
import { echo } from "./date-range-params";
import { ParamValuesSchema, type ParamNotice, type SearchParams } from "./search-params";

/** `p=3`: a positive whole number, written plainly. */
export const PageNumberSchema = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

/**
 * The page a paged list is asked for: `p`, or `page` as another spelling of it. Never throws: a second
 * value or one that is not a page number is reported in `notices`, and then the first value or no page
 * is used (the caller shows the first page).
 */
export function readPageParam(params: SearchParams, notices: ParamNotice[]): number | undefined {
  const values = [...ParamValuesSchema.parse(params.p), ...ParamValuesSchema.parse(params.page)];
  if (new Set(values).size > 1) notices.push({ param: "p", message: "Only the first “p” was used; a link takes one." });
  const value = values[0];
  const parsed = PageNumberSchema.safeParse(value);
  if (value !== undefined && !parsed.success) {
    notices.push({ param: "p", message: `Ignored page “${echo(value)}”: pages are numbered 1, 2, 3…; showing the first page.` });
  }
  return parsed.success ? parsed.data : undefined;
}
