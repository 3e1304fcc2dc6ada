import { getCorrectionsFeed } from "@/lib/data/feeds";
import { feedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

/** The latest corrections, newest first (README, "Feeds"). */
export function GET(request: Request) {
  return feedResponse(request, "json", getCorrectionsFeed());
}
