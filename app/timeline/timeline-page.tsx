import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { EntryCard } from "@/components/entry-card";
import { FollowLinks } from "@/components/follow-links";
import { PageHeader } from "@/components/page-header";
import { RetiredEntryBanner } from "@/components/corrections/retired-notice";
import { ParamNotices } from "@/components/param-notices";
import { CopyLink } from "@/components/timeline/copy-link";
import { EmptyTimeline } from "@/components/timeline/empty-timeline";
import { EntryTarget } from "@/components/timeline/entry-target";
import { PaginationNav } from "@/components/timeline/pagination-nav";
import { ResultsBar } from "@/components/timeline/results-bar";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { getTimelineMetadata, getTimelinePage } from "@/lib/data/pages/timeline-page";
import { countNoun } from "@/lib/format/words";
import type { SearchParams } from "@/lib/params/search-params";
import { EmbedThis } from "@/components/embed/embed-this";
import { entryPermalink, timelineHref } from "@/lib/params/timeline-href";
import { EMBED_HEIGHTS, embedPathOf } from "@/lib/share/embed-snippet";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import { pageMetadata } from "@/lib/site-metadata";
import "./timeline.css";

/**
 * The timeline for one query string: rendered per request by `/timeline` when a value could not be used,
 * and otherwise once per canonical view by `/timeline-view/<key>` (see proxy.ts).
 */
export function timelineMetadata(params: SearchParams): Metadata {
  return pageMetadata(getTimelineMetadata(params));
}

export function TimelinePage({ params }: { params: SearchParams }) {
  const page = getTimelinePage(params);
  const { view, slice, base } = page;

  return (
    <>
      <PageHeader kicker="Timeline" title="Events, statements and figures">
        Everything in the record, newest first, from {page.articleCount} source articles. Each entry quotes the
        passage it comes from; figures name who reported them.
        <div className="mt-3">
          <FollowLinks feed={page.feed} />
        </div>
      </PageHeader>

      <ParamNotices notices={page.notices} />
      {page.retiredEntry ? <RetiredEntryBanner {...page.retiredEntry} /> : null}
      {page.entryOutsideFilter ? (
        <div role="status" className="mb-6 rounded border border-rule bg-surface px-4 py-3 text-sm">
          The linked entry, “{page.entryOutsideFilter.title}”, is not among the results for these filters.{" "}
          <Link href={entryPermalink(page.entryOutsideFilter.id)}>Show it in the full timeline</Link>.
        </div>
      ) : null}

      <div className="timeline-layout lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters" className="no-print mb-6 lg:mb-0">
          <TimelineFilterForm view={view} actorOptions={page.actorOptions} typeOptions={page.typeOptions} span={page.span} activeCount={page.filters.length} />
          <div className="mt-4">
            <EmbedThis path={embedPathOf(timelineHref(base))} title={`${SITE_NAME}: timeline`} height={EMBED_HEIGHTS.timeline} origin={SITE_URL?.origin} />
          </div>
        </aside>

        <div className="timeline-results min-w-0">
          <ResultsBar view={view} filters={page.filters} matched={page.matched} total={page.total} slice={slice} />
          {page.matched === 0 ? (
            <EmptyTimeline facets={page.emptyFacets} total={page.total} order={view.order} span={page.span} />
          ) : (
            <>
              <PaginationNav base={base} order={view.order} page={slice.page} pageCount={slice.pageCount} label="Pages (top)" />
              {page.groups.map((group, groupIndex) => (
                <section key={group.month} aria-labelledby={`month-${group.month}`} className="mb-10">
                  <h2 id={`month-${group.month}`} className="timeline-month-heading mb-4 flex items-baseline justify-between gap-4 border-b border-rule py-2">
                    <span className="font-serif text-2xl font-bold">
                      {group.label}
                      {groupIndex === 0 && page.continuesMonth ? <span className="font-sans text-base font-normal text-muted"> (continued)</span> : null}
                    </span>
                    <span className="text-sm font-normal text-muted">{countNoun(group.entries.length, "entry", "entries")}</span>
                  </h2>
                  <ol className="space-y-4">
                    {group.entries.map((card) => (
                      <li key={card.entry.id}>
                        <EntryCard
                          {...card}
                          headingLevel={3}
                          sourcesOpen
                          actions={<CopyLink href={entryPermalink(card.entry.id)} title={card.entry.title} />}
                        />
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
              <PaginationNav base={base} order={view.order} page={slice.page} pageCount={slice.pageCount} label="Pages" />
            </>
          )}
        </div>
      </div>
      <EntryTarget viewKey={page.query} />
    </>
  );
}
