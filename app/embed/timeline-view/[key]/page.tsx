import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { EmbedTimeline, embedTimelineMetadata } from "@/app/embed/timeline/embed-timeline";

/** `/embed/timeline`, one cached page per canonical view (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export async function generateMetadata({ params }: PageProps<"/embed/timeline-view/[key]">): Promise<Metadata> {
  return embedTimelineMetadata(await paramsOfView(params));
}

export default async function ViewPage({ params }: PageProps<"/embed/timeline-view/[key]">) {
  return <EmbedTimeline params={await paramsOfView(params)} />;
}
