import { getData } from "@/lib/data/dataset";
import { toCsv } from "@/lib/format/csv";
import { CDN_CACHE_CONTROL, respondWithEtag } from "@/lib/http/etag";
import { figuresView } from "@/lib/data/pages/figures-page";
import { figureCsvFilename, figureCsvRows } from "@/lib/queries/figure-csv";
import { figurePoints, pointsInRange } from "@/lib/queries/figure-series";
import type { SearchParams } from "@/lib/params/search-params";

/**
 * Every reported figure as CSV, one row per figure and source passage, narrowed by `from`/`to` or
 * `window` (12m, 90d: back from the latest figure) like /figures. Invalid values are ignored, as on the page.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const params: SearchParams = {};
  for (const key of ["from", "to", "window"]) {
    const values = url.searchParams.getAll(key);
    if (values.length > 0) params[key] = values;
  }
  const index = getData();
  const { range } = figuresView(params, index);
  const points = pointsInRange(figurePoints(index), range);
  const body = toCsv(figureCsvRows(points, url.origin));
  return respondWithEtag(request, {
    status: 200,
    body,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${figureCsvFilename(range)}"`,
      "Cache-Control": CDN_CACHE_CONTROL,
    },
  });
}
