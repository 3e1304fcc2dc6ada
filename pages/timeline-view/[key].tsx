import { PageHead } from "@/components/page-head";
import { SiteChrome } from "@/components/site-chrome";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { TimelineBody } from "@/components/timeline/timeline-body";
import { getTimelineMetadata, getTimelinePage, type TimelinePageProps } from "@/lib/data/pages/timeline-page";
import { cachedViewPaths, cachedViewProps } from "@/app/cached-view";
import { pageMetadata, type PageMetadata } from "@/lib/site-metadata";

/**
 * `/timeline`, one cached page per canonical view (proxy.ts rewrites each canonical address here). A Pages
 * Router page so that it can be sent as HTML alone: no React or Next.js runtime, no RSC payload. What the
 * client components would do after hydration, public/scripts/timeline.js does instead.
 */
export const config = { unstable_runtimeJS: false };

type ViewProps = { page: TimelinePageProps; metadata: PageMetadata };

export default function TimelineViewPage({ page, metadata }: ViewProps) {
  return (
    <>
      <PageHead metadata={metadata} />
      <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
        <TimelineBody page={page} />
      </SiteChrome>
      {/* A module script runs once the document is parsed (`defer` only says so to the linter). Under `next dev`
          Next ignores unstable_runtimeJS and hydrates the page, and the client components do this work. */}
      {process.env.NODE_ENV === "production" ? <script type="module" defer src="/scripts/timeline.js" /> : null}
    </>
  );
}

/** The default view is built ahead; the others on their first request, then kept in Next's page cache. */
export const getStaticPaths = cachedViewPaths;

export const getStaticProps = cachedViewProps<ViewProps>((query) => ({ page: getTimelinePage(query), metadata: pageMetadata(getTimelineMetadata(query)) }));
