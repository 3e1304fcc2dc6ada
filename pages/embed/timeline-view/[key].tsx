import { EmbedHead } from "@/components/embed/embed-head";
import { EmbedMain } from "@/components/embed/embed-main";
import { EmbedTimelineBody } from "@/components/embed/embed-timeline-body";
import { getTimelineEmbed, type TimelineEmbedProps } from "@/lib/data/pages/timeline-embed";
import { cachedViewPaths, cachedViewProps } from "@/app/cached-view";
import { embedTitle } from "@/lib/root-metadata";

/**
 * `/embed/timeline`, one cached page per canonical view (proxy.ts rewrites each canonical address here). A
 * Pages Router page so that a site framing it receives HTML alone: the embed has nothing to run, and the
 * React and Next.js runtime (about 180 kB gzip) was most of its weight.
 */
export const config = { unstable_runtimeJS: false };

type ViewProps = { embed: TimelineEmbedProps };

export default function EmbedTimelineViewPage({ embed }: ViewProps) {
  return (
    <>
      <EmbedHead title={embedTitle(embed.title)} canonical={embed.fullHref} />
      <EmbedMain>
        <EmbedTimelineBody embed={embed} />
      </EmbedMain>
    </>
  );
}

/** The default view is built ahead; the others on their first request, then kept in Next's page cache. */
export const getStaticPaths = cachedViewPaths;

export const getStaticProps = cachedViewProps<ViewProps>((query) => ({ embed: getTimelineEmbed(query) }));
