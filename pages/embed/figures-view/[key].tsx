import { EmbedFiguresBody, FIGURES_EMBED_TITLE } from "@/components/embed/embed-figures-body";
import { EmbedHead } from "@/components/embed/embed-head";
import { EmbedMain } from "@/components/embed/embed-main";
import { getFiguresEmbed, type FiguresEmbedProps } from "@/lib/data/pages/embed-pages";
import { cachedViewPaths, cachedViewProps } from "@/app/cached-view";
import { embedTitle } from "@/lib/root-metadata";

/**
 * `/embed/figures`, one cached page per canonical range (proxy.ts rewrites each canonical address here). A
 * Pages Router page, as pages/embed/timeline-view: the charts are drawn on the server and need no script, so
 * a site framing them receives HTML and a stylesheet alone, not the React and Next.js runtime (about 180 kB gzip).
 */
export const config = { unstable_runtimeJS: false };

type ViewProps = { embed: FiguresEmbedProps };

export default function EmbedFiguresViewPage({ embed }: ViewProps) {
  return (
    <>
      <EmbedHead title={embedTitle(FIGURES_EMBED_TITLE)} canonical={embed.fullHref} />
      <EmbedMain>
        <EmbedFiguresBody embed={embed} />
      </EmbedMain>
    </>
  );
}

/** The default view is built ahead; the others on their first request, then kept in Next's page cache. */
export const getStaticPaths = cachedViewPaths;

export const getStaticProps = cachedViewProps<ViewProps>((query) => ({ embed: getFiguresEmbed(query) }));
