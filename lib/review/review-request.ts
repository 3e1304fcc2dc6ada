import { z } from "zod";
import type { DataIssue } from "../checks/data-issue";
import { REVIEW_COLLECTIONS } from "./review-collections";
import { acceptRecord, editRecord, rejectRecord, type ReviewOutcome } from "./review-actions";

/**
 * The review tool writes files, so it exists only under `next dev`. Checked on every request (the
 * routes are also left out of production builds by their `.dev.tsx` extension: see next.config.ts).
 */
export function isReviewEnabled(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * A mutating request must come from a page of this very server: its `Origin` names the host it was sent
 * to, and the browser (where it says) calls it same-origin. A request without `Origin` (not a browser's
 * POST) is refused too; editors outside the browser have `npm run ingest:accept`.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("host");
  if (!origin || !host) return false;
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const target = { collection: z.enum(REVIEW_COLLECTIONS), recordId: z.string().min(1) };

/** The body of `POST /review/<draft id>/action`. */
export const ReviewActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), ...target }),
  z.object({ action: z.literal("reject"), ...target }),
  z.object({ action: z.literal("edit"), ...target, record: z.unknown() }),
]);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** What the route answers: the outcome as JSON, with a status that says what kind of failure it was. */
export type ReviewResponse = { status: number; body: { ok: boolean; message: string; issues: DataIssue[] } };

const STATUS: Record<Extract<ReviewOutcome, { ok: false }>["kind"], number> = { "not-found": 404, invalid: 422, blocked: 409 };

/** Parses and runs one review action against the data folder. */
export async function runReviewAction(dataDir: string, draftId: string, input: unknown): Promise<ReviewResponse> {
  const parsed = ReviewActionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ file: "request", path: issue.path.join("."), reason: issue.message }));
    return { status: 400, body: { ok: false, message: "the request is not a review action", issues } };
  }
  const { action, collection, recordId } = parsed.data;
  const where = { draftId, collection, recordId };
  const outcome =
    parsed.data.action === "edit"
      ? await editRecord(dataDir, where, parsed.data.record)
      : await (action === "accept" ? acceptRecord : rejectRecord)(dataDir, where);
  if (outcome.ok) return { status: 200, body: { ok: true, message: outcome.message, issues: [] } };
  return { status: STATUS[outcome.kind], body: { ok: false, message: outcome.message, issues: outcome.issues } };
}
