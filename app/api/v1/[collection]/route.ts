import { apiResponse } from "@/lib/api/api-response";
import { listResult } from "@/lib/api/api-results";
import { getData } from "@/lib/data/dataset";

// Answers depend on the query string: run per request (responses carry an ETag and Cache-Control instead).
export const dynamic = "force-dynamic";

/** `GET /api/v1/<collection>?…`: one page of entries, events, statements, counts, proposals, actors or articles (see README, "API v1"). */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/[collection]">) {
  const { collection } = await params;
  return apiResponse(request, listResult(getData(), collection, new URL(request.url).searchParams));
}
