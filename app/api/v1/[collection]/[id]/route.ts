import { apiResponse } from "@/lib/api/api-response";
import { recordResult } from "@/lib/api/api-results";
import { getData } from "@/lib/data/dataset";

// Every id of every collection is cheap to answer; nothing is prerendered.
export const dynamic = "force-dynamic";

/** `GET /api/v1/<collection>/<id>`: one record in full, or a 404 JSON error (see README, "API v1"). */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/[collection]/[id]">) {
  const { collection, id } = await params;
  return apiResponse(request, recordResult(getData(), collection, id, new URL(request.url).searchParams));
}
