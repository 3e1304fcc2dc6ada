import { Link } from "@/components/site-link";
import { timelineHref, type TimelineLink } from "@/lib/params/timeline-href";
import type { TimelineOrder } from "@/lib/params/timeline-params";

export type PaginationNavProps = {
  /** The current filters and order, kept by every link. */
  base: TimelineLink;
  order: TimelineOrder;
  page: number;
  pageCount: number;
  /** Distinguishes the two navs for assistive technology. */
  label: string;
};

/** Previous/next links with the page number; each keeps the filters. Nothing when one page holds everything. */
export function PaginationNav({ base, order, page, pageCount, label }: PaginationNavProps) {
  if (pageCount <= 1) return null;
  // Newest first, the next page goes back in time; oldest first, forward.
  const [previousWord, nextWord] = order === "newest" ? ["Newer", "Older"] : ["Earlier", "Later"];
  const linkClass = "rounded border border-rule bg-surface px-3 py-1.5 no-underline hover:border-current";
  return (
    <nav aria-label={label} className="no-print my-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={timelineHref({ ...base, page: page - 1 })} rel="prev" className={linkClass}>
          ← {previousWord} <span className="sr-only">entries, page {page - 1}</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={timelineHref({ ...base, page: page + 1 })} rel="next" className={linkClass}>
          {nextWord} <span className="sr-only">entries, page {page + 1}</span> →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
