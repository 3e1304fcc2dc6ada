import { getProposalFeed } from "@/lib/data/feeds";
import { feedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

/** The entries that name this proposal, newest first (README, "Feeds"); an unknown id is a 404. */
export async function GET(request: Request, { params }: RouteContext<"/proposals/[id]/feed.atom">) {
  const { id } = await params;
  return feedResponse(request, "atom", getProposalFeed(id), "no proposal has that id.");
}
