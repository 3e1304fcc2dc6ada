import type { Metadata } from "next";
import Link from "next/link";
import { EntryCard } from "@/components/entry-card";
import { entryView } from "@/components/entry-view";
import { PageHeader } from "@/components/page-header";
import { ParamNotices } from "@/components/param-notices";
import { CopyLink } from "@/components/timeline/copy-link";
import { EmptyTimeline } from "@/components/timeline/empty-timeline";
import { EntryTarget } from "@/components/timeline/entry-target";
import { PaginationNav } from "@/components/timeline/pagination-nav";
import { ResultsBar } from "@/components/timeline/results-bar";
import { TimelineFilterForm } from "@/components/timeline/timeline-filter-form";
import { getData } from "@/lib/data/dataset";
import { pluralWord } from "@/lib/format/words";
import type { SearchParams } from "@/lib/params/search-params";
import { entryPermalink, filterOnly, timelineHref, timelineQuery } from "@/lib/params/timeline-href";
import { activeFilters } from "@/lib/queries/active-filters";
import { actorFilterOptions } from "@/lib/queries/actor-filter-options";
import { timelineDescription, timelineTitle } from "@/lib/queries/describe-timeline-view";
import { explainEmpty } from "@/lib/queries/explain-empty";
import { timelineFacets } from "@/lib/queries/timeline-facets";
import type { TimelineType } from "@/lib/schema/timeline-entry";
import { EventTypeSchema } from "@/lib/schema/event";
import { pageMetadata } from "@/lib/site-metadata";
import { timelineModel } from "./timeline-data";
import "./timeline.css";

/**
 * The timeline for one query string. Rendered by `/timeline` itself and, cached per query string, by
 * `/timeline-view/<key>`, to which proxy.ts rewrites every `/timeline` request.
 */
export function timelineMetadata(params: SearchParams): Metadata {
  const { actors } = getData();
  const model = timelineModel(params);
  const title = timelineTitle(model.view, actors);
  const description = timelineDescription(model.view, actors, { matched: model.matches.length, total: model.total });
  return pageMetadata({ title, description, path: "/timeline", shareUrl: timelineHref(filterOnly(model.view)) });
}

export function TimelinePage({ params }: { params: SearchParams }) {
  const index = getData();
  const model = timelineModel(params);
  const { view, slice, groups } = model;
  const { actorCounts, typeCounts, span } = timelineFacets(index);
  const filters = activeFilters(view, index.actors);
  const base = filterOnly(view);
  const typeOption = (type: TimelineType) => ({ type, count: typeCounts.get(type) ?? 0 });
  const shownTypes = (option: { type: string; count: number }) => option.count > 0 || view.types.some((t) => t === option.type);

  return (
    <>
      <PageHeader kicker="Timeline" title="Events, statements and figures">
        Everything in the record, newest first, from {index.dataset.articles.length} source articles. Each entry quotes the
        passage it comes from; figures name who reported them.
      </PageHeader>

      <ParamNotices notices={model.notices} />
      {model.entryOutsideFilter ? (
        <div role="status" className="mb-6 rounded border border-rule bg-surface px-4 py-3 text-sm">
          The linked entry, “{model.entryOutsideFilter.title}”, is not among the results for these filters.{" "}
          <Link href={entryPermalink(model.entryOutsideFilter.id)}>Show it in the full timeline</Link>.
        </div>
      ) : null}

      <div className="timeline-layout lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters" className="no-print mb-6 lg:mb-0">
          <TimelineFilterForm
            view={view}
            actorOptions={actorFilterOptions(index.actors, actorCounts, view.actorIds)}
            typeOptions={{
              events: EventTypeSchema.options.map(typeOption).filter(shownTypes),
              other: (["statement", "figure"] as const).map(typeOption).filter(shownTypes),
            }}
            span={span}
            activeCount={filters.length}
          />
        </aside>

        <div className="timeline-results min-w-0">
          <ResultsBar view={view} filters={filters} matched={model.matches.length} total={model.total} slice={slice} />
          {model.matches.length === 0 ? (
            <EmptyTimeline facets={explainEmpty(index, view)} total={model.total} order={view.order} span={span} />
          ) : (
            <>
              <PaginationNav base={base} order={view.order} page={slice.page} pageCount={slice.pageCount} label="Pages (top)" />
              {groups.map((group, groupIndex) => (
                <section key={group.month} aria-labelledby={`month-${group.month}`} className="mb-10">
                  <h2 id={`month-${group.month}`} className="timeline-month-heading mb-4 flex items-baseline justify-between gap-4 border-b border-rule py-2">
                    <span className="font-serif text-2xl font-bold">
                      {group.label}
                      {groupIndex === 0 && model.continuesMonth ? <span className="font-sans text-base font-normal text-muted"> (continued)</span> : null}
                    </span>
                    <span className="text-sm font-normal text-muted">
                      {group.entries.length} {pluralWord(group.entries.length, "entry", "entries")}
                    </span>
                  </h2>
                  <ol className="space-y-4">
                    {group.entries.map((entry) => (
                      <li key={entry.id}>
                        <EntryCard
                          {...entryView(entry, index)}
                          headingLevel={3}
                          sourcesOpen
                          actions={<CopyLink href={entryPermalink(entry.id)} title={entry.title} />}
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
      <EntryTarget viewKey={timelineQuery(view)} />
    </>
  );
}
