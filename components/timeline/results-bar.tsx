import { Link } from "@/components/site-link";
import { countNoun, pluralWord } from "@/lib/format/words";
import { filterOnly, timelineHref } from "@/lib/params/timeline-href";
import type { TimelineView } from "@/lib/params/timeline-params";
import type { ActiveFilter } from "@/lib/queries/active-filters";
import type { PageSlice } from "@/lib/queries/paginate";

export type ResultsBarProps = {
  view: TimelineView;
  filters: readonly ActiveFilter[];
  matched: number;
  total: number;
  slice: Pick<PageSlice<unknown>, "first" | "last" | "pageCount">;
};

/** How many entries match, the filters in force (each removable), "clear all" and the order toggle. */
export function ResultsBar({ view, filters, matched, total, slice }: ResultsBarProps) {
  const base = filterOnly(view);
  const orders = [
    { order: "newest", label: "Newest first" },
    { order: "oldest", label: "Oldest first" },
  ] as const;

  return (
    <div className="mb-6 space-y-3 border-b border-rule pb-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <p role="status" id="timeline-count" className="text-lg">
          {filters.length > 0 ? (
            <>
              <strong className="font-semibold tabular-nums">{matched.toLocaleString("en-GB")}</strong> of {countNoun(total, "entry", "entries")} match
            </>
          ) : (
            <>
              <strong className="font-semibold tabular-nums">{matched.toLocaleString("en-GB")}</strong> {pluralWord(matched, "entry", "entries")}
            </>
          )}
          {slice.pageCount > 1 ? (
            <span className="text-muted">
              {" "}
              · showing {slice.first.toLocaleString("en-GB")}–{slice.last.toLocaleString("en-GB")}
            </span>
          ) : null}
        </p>
        <nav aria-label="Order" className="no-print flex items-center gap-1 text-sm">
          {orders.map(({ order, label }) => (
            <Link
              key={order}
              href={timelineHref({ ...base, order })}
              aria-current={view.order === order ? "true" : undefined}
              className="rounded border border-transparent px-2 py-1 text-muted no-underline hover:text-ink aria-[current]:border-rule aria-[current]:bg-surface aria-[current]:font-medium aria-[current]:text-ink"
            >
              {label}
            </Link>
          ))}
        </nav>
      </div>
      {filters.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <h2 className="text-muted">Active filters:</h2>
          <ul className="contents">
            {filters.map((filter) => (
              <li key={`${filter.param}-${filter.value}`}>
                <Link
                  href={filter.removeHref}
                  className="active-filter inline-flex items-center gap-1.5 rounded-full border border-rule bg-surface py-0.5 pl-2.5 pr-2 text-ink no-underline hover:border-current"
                >
                  {filter.colour ? (
                    <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: filter.colour }} />
                  ) : null}
                  <span className="text-muted">{filter.kind}:</span> {filter.label}
                  <span aria-hidden="true" className="ml-0.5 text-muted">×</span>
                  <span className="sr-only"> (remove this filter)</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href={timelineHref({ order: view.order })} className="no-print ml-1 font-medium">
            Clear all
          </Link>
        </div>
      ) : null}
    </div>
  );
}
