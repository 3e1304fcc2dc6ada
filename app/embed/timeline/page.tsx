import type { Metadata } from "next";
import { EmbedTimeline, embedTimelineMetadata } from "./embed-timeline";

// Views with a value that cannot be used render here, per request, with notices; proxy.ts sends canonical
// views to /embed/timeline-view/<key> and redirects other spellings, exactly as for /timeline.

export async function generateMetadata({ searchParams }: PageProps<"/embed/timeline">): Promise<Metadata> {
  return embedTimelineMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/embed/timeline">) {
  return <EmbedTimeline params={await searchParams} />;
}
