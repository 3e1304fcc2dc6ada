import { PageNav } from "@/components/page-nav";
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

/** The timeline's previous/next links; each keeps the filters. */
export function PaginationNav({ base, order, page, pageCount, label }: PaginationNavProps) {
  // Newest first, the next page goes back in time; oldest first, forward.
  const words = order === "newest" ? (["Newer", "Older"] as const) : (["Earlier", "Later"] as const);
  return <PageNav page={page} pageCount={pageCount} hrefOf={(to) => timelineHref({ ...base, page: to })} words={words} noun="entries" label={label} />;
}
