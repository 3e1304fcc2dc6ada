import { getActorFeed } from "@/lib/data/feeds";
import { feedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

/** The entries that name this actor, newest first (README, "Feeds"); an unknown id is a 404. */
export async function GET(request: Request, { params }: RouteContext<"/actors/[id]/feed.json">) {
  const { id } = await params;
  return feedResponse(request, "json", getActorFeed(id), "no actor has that id.");
}
