import { Link } from "@/components/site-link";
import { EntryCard } from "@/components/entry-card";
import { FollowLinks } from "@/components/follow-links";
import { PageHeader } from "@/components/page-header";
import { RetiredEntryBanner } from "@/components/corrections/retired-notice";
import { ParamNotices } from "@/components/param-notices";
import { EmbedThis } from "@/components/embed/embed-this";
import { CopyLink } from "./copy-link";
import { EmptyTimeline } from "./empty-timeline";
import { EntryTarget } from "./entry-target";
import { PaginationNav } from "./pagination-nav";
import { ResultsBar } from "./results-bar";
import { TimelineFilterForm } from "./timeline-filter-form";
import type { TimelinePageProps } from "@/lib/data/pages/timeline-page";
import { countNoun } from "@/lib/format/words";
import { entryPermalink, timelineHref } from "@/lib/params/timeline-href";
import { EMBED_HEIGHTS, embedPathOf } from "@/lib/share/embed-snippet";
import { SITE_NAME, SITE_URL } from "@/lib/site";

/**
 * The timeline for one query string, from the page's plain props. Shared by the per-request `/timeline`
 * (App Router, hydrated) and the cached views (`pages/timeline-view`, served without React on the client:
 * `public/scripts/timeline.js` then does what the client components do after hydration).
 */
export function TimelineBody({ page }: { page: TimelinePageProps }) {
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
