import type { NextRequest } from "next/server";
import { getTimelineFeed } from "@/lib/data/feeds";
import { feedResponse } from "@/lib/feeds/feed-response";
import { toSearchParams } from "@/lib/params/search-params";

// Built per request from the timeline's own model: the filter is fast, and views are unbounded.
export const dynamic = "force-dynamic";

/** The feed of a timeline view: the entries `/timeline?<same query>` shows, newest first (README, "Feeds"). */
export function GET(request: NextRequest) {
  return feedResponse(request, "json", getTimelineFeed(toSearchParams(request.nextUrl.searchParams)));
}
