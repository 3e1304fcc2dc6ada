import type { Metadata } from "next";
import { TimelinePage, timelineMetadata } from "./timeline-page";

// Requests normally reach the cached copy at /timeline-view/<key> (see proxy.ts); this route renders
// the same page per request should one arrive here directly.

export async function generateMetadata({ searchParams }: PageProps<"/timeline">): Promise<Metadata> {
  return timelineMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/timeline">) {
  return <TimelinePage params={await searchParams} />;
}
