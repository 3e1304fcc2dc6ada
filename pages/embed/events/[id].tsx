import type { GetStaticPaths, GetStaticProps } from "next";
import { EmbedEventBody } from "@/components/embed/embed-event-body";
import { EmbedHead } from "@/components/embed/embed-head";
import { EmbedMain } from "@/components/embed/embed-main";
import { getEventEmbed, type EventEmbedProps } from "@/lib/data/pages/event-embed";
import { plainProps } from "@/lib/data/plain-props";

/**
 * `/embed/events/<id>`: a Pages Router page so that a site framing it receives HTML alone, as for the
 * timeline's embed (pages/embed/timeline-view): it has nothing to run.
 */
export const config = { unstable_runtimeJS: false };

type EmbedProps = { embed: EventEmbedProps };

export default function EmbedEventPage({ embed }: EmbedProps) {
  return (
    <>
      <EmbedHead title={embed.headTitle} canonical={embed.canonical} />
      <EmbedMain>
        <EmbedEventBody embed={embed} />
      </EmbedMain>
    </>
  );
}

// None is built ahead: each renders on its first request and is then served from cache, so the build does
// not grow with the data. Unknown ids never get here (proxy.ts answers them with the 404 page).
export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<EmbedProps, { id: string }> = async ({ params }) => {
  const embed = params ? getEventEmbed(params.id) : undefined;
  return embed ? { props: plainProps({ embed }) } : { notFound: true };
};
