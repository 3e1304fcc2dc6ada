import { getData } from "@/lib/data/dataset";
import { CDN_CACHE_CONTROL, respondWithEtag } from "@/lib/http/etag";

// Answered per request so that it can compare If-None-Match with the body's ETag and send a 304; the
// body only changes with a deploy, so a CDN in front keeps it (Cache-Control).
export const dynamic = "force-dynamic";

/** Public data download: `{ articles, actors, events, statements, proposals, counts }` (see README). */
export function GET(request: Request) {
  return respondWithEtag(request, {
    status: 200,
    body: JSON.stringify(getData().dataset),
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": 'inline; filename="ceasefire-tracker-dataset.json"',
      "Cache-Control": CDN_CACHE_CONTROL,
    },
  });
}
