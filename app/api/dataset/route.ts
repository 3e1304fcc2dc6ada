import { getData } from "@/lib/data/dataset";

// Built once at build time: the dataset only changes with a new deployment.
export const dynamic = "force-static";

/** Public data download: `{ articles, actors, events, statements, proposals, counts }` (see README). */
export function GET() {
  return Response.json(getData().dataset, {
    headers: { "Content-Disposition": 'inline; filename="ceasefire-tracker-dataset.json"' },
  });
}
