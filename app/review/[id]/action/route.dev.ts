import { dataDir } from "@/lib/data/data-dir";
import { isReviewEnabled, isSameOrigin, runReviewAction } from "@/lib/review/review-request";

// Accept, edit or reject one drafted record (only under `next dev`: the `.dev.ts` extension keeps this
// route out of production builds, and the check below refuses it anywhere else).
export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isReviewEnabled()) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request.headers)) {
    return json(403, { ok: false, message: "refused: review actions are accepted only from this server's own pages", issues: [] });
  }
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return json(400, { ok: false, message: "the request body is not JSON", issues: [] });
  }
  const { status, body } = await runReviewAction(dataDir(), (await params).id, input);
  return json(status, body);
}
