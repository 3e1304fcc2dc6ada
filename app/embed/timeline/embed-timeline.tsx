import type { Metadata } from "next";
import { EmbedTimelineBody } from "@/components/embed/embed-timeline-body";
import { getTimelineEmbed } from "@/lib/data/pages/timeline-embed";
import type { SearchParams } from "@/lib/params/search-params";
import { embedTitle } from "@/lib/root-metadata";

export function embedTimelineMetadata(params: SearchParams): Metadata {
  const embed = getTimelineEmbed(params);
  return { title: embedTitle(embed.title), alternates: { canonical: embed.fullHref } };
}

/** The timeline embed rendered per request by `/embed/timeline`: views with a value that could not be used, with notices. */
export function EmbedTimeline({ params }: { params: SearchParams }) {
  return <EmbedTimelineBody embed={getTimelineEmbed(params)} />;
}
