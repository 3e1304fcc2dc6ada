import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage, timelineMetadata } from "@/app/timeline/timeline-page";
import { searchParamsOfViewKey, viewKey } from "@/lib/params/view-key";

/**
 * `/timeline`, one cached page per canonical view. proxy.ts rewrites each canonical `/timeline?…` here,
 * so a view is rendered on its first request and then served from Next's page cache: the data cannot
 * change while the server runs. Readers never see this address; asked for directly it is a 404.
 */
export const dynamic = "force-static";

// The unfiltered timeline is built ahead; every other view on its first request.
export function generateStaticParams() {
  return [{ key: viewKey(new URLSearchParams()) }];
}

function paramsOf(key: string) {
  const params = searchParamsOfViewKey(key);
  if (!params) notFound();
  return params;
}

export async function generateMetadata({ params }: PageProps<"/timeline-view/[key]">): Promise<Metadata> {
  return timelineMetadata(paramsOf((await params).key));
}

export default async function TimelineViewPage({ params }: PageProps<"/timeline-view/[key]">) {
  return <TimelinePage params={paramsOf((await params).key)} />;
}
