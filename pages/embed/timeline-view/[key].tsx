import type { GetStaticPaths, GetStaticProps } from "next";
import { EmbedHead } from "@/components/embed/embed-head";
import { EmbedMain } from "@/components/embed/embed-main";
import { EmbedTimelineBody } from "@/components/embed/embed-timeline-body";
import { getTimelineEmbed, type TimelineEmbedProps } from "@/lib/data/pages/timeline-embed";
import { plainProps } from "@/lib/data/plain-props";
import { defaultViewParams } from "@/app/cached-view";
import { searchParamsOfViewKey } from "@/lib/params/view-key";
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
export const getStaticPaths: GetStaticPaths = async () => ({ paths: defaultViewParams().map((params) => ({ params })), fallback: "blocking" });

export const getStaticProps: GetStaticProps<ViewProps, { key: string }> = async ({ params }) => {
  const query = params ? searchParamsOfViewKey(params.key) : undefined;
  if (!query) return { notFound: true };
  return { props: plainProps({ embed: getTimelineEmbed(query) }) };
};
