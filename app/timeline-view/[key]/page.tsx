import type { Metadata } from "next";
import { defaultViewParams, paramsOfView } from "@/app/cached-view";
import { TimelinePage, timelineMetadata } from "@/app/timeline/timeline-page";

/** `/timeline`, one cached page per canonical view (see app/cached-view.ts and proxy.ts). */
export const dynamic = "force-static";

export const generateStaticParams = defaultViewParams;

export async function generateMetadata({ params }: PageProps<"/timeline-view/[key]">): Promise<Metadata> {
  return timelineMetadata(await paramsOfView(params));
}

export default async function ViewPage({ params }: PageProps<"/timeline-view/[key]">) {
  return <TimelinePage params={await paramsOfView(params)} />;
}
