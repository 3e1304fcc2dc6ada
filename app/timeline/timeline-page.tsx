import type { Metadata } from "next";
import { TimelineBody } from "@/components/timeline/timeline-body";
import { getTimelineMetadata, getTimelinePage } from "@/lib/data/pages/timeline-page";
import type { SearchParams } from "@/lib/params/search-params";
import { pageMetadata } from "@/lib/site-metadata";
import "./timeline.css";

/**
 * The timeline for one query string, rendered per request by `/timeline` when a value could not be used.
 * Canonical views are served by `pages/timeline-view/[key].tsx` from the same components (see proxy.ts).
 */
export function timelineMetadata(params: SearchParams): Metadata {
  return pageMetadata(getTimelineMetadata(params));
}

export function TimelinePage({ params }: { params: SearchParams }) {
  return <TimelineBody page={getTimelinePage(params)} />;
}
