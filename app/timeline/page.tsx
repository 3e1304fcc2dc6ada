import type { Metadata } from "next";
import { TimelinePage, timelineMetadata } from "./timeline-page";

// Views whose parameters hold a value that cannot be used (an unknown actor, an impossible date…) render
// here, per request and uncached, with notices saying what was ignored; proxy.ts sends every canonical
// view to its cached page at /timeline-view/<key> and redirects other spellings to the canonical address.

export async function generateMetadata({ searchParams }: PageProps<"/timeline">): Promise<Metadata> {
  return timelineMetadata(await searchParams);
}

export default async function Page({ searchParams }: PageProps<"/timeline">) {
  return <TimelinePage params={await searchParams} />;
}
