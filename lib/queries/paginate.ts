import type { ParamNotice } from "../params/search-params";

/** Entries per timeline page: keeps the HTML small however large the dataset grows. */
export const TIMELINE_PAGE_SIZE = 100;

export type PageRequest = {
  /** 1-based page asked for; out-of-range values are clamped. */
  page?: number;
  /** Open the page holding this item instead (wins over `page`). */
  itemId?: string;
  pageSize?: number;
};

export type PageSlice<T> = {
  items: T[];
  /** 1-based page shown. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first and last item shown (0 and 0 when there are none). */
  first: number;
  last: number;
  /** Page asked for but beyond the last one, so the reader can be told. */
  clampedFrom?: number;
  /** `itemId` was asked for but is not among the items (e.g. a filter excludes it). */
  itemMissing?: boolean;
};

/** Cuts one page out of an ordered list, finding the page of a given item when asked. */
export function paginate<T extends { id: string }>(all: readonly T[], request: PageRequest = {}): PageSlice<T> {
  const pageSize = request.pageSize ?? TIMELINE_PAGE_SIZE;
  const total = all.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  let page = request.page ?? 1;
  let clampedFrom: number | undefined;
  let itemMissing: boolean | undefined;

  if (request.itemId !== undefined) {
    const index = all.findIndex((item) => item.id === request.itemId);
    if (index >= 0) page = Math.floor(index / pageSize) + 1;
    else itemMissing = true;
  }
  if (page > pageCount) {
    clampedFrom = page;
    page = pageCount;
  }

  const start = (page - 1) * pageSize;
  const items = all.slice(start, start + pageSize);
  return {
    items,
    page,
    pageCount,
    total,
    first: items.length > 0 ? start + 1 : 0,
    last: start + items.length,
    ...(clampedFrom !== undefined ? { clampedFrom } : {}),
    ...(itemMissing ? { itemMissing } : {}),
  };
}

/**
 * The notice for a page asked for beyond the last (the last is shown instead), or undefined when the page
 * exists or there is nothing to page. `allFit` names the items: "all matching entries".
 */
export function clampedPageNotice(slice: Pick<PageSlice<unknown>, "clampedFrom" | "pageCount" | "total">, allFit: string): ParamNotice | undefined {
  if (slice.clampedFrom === undefined || slice.total === 0) return undefined;
  const last = slice.pageCount === 1 ? `${allFit} fit on one page` : `the last is page ${slice.pageCount}`;
  return { param: "p", message: `There is no page ${slice.clampedFrom.toLocaleString("en-GB")}: ${last}, shown here.` };
}
