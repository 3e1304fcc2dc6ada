import { expect, it } from "vitest";
import { paginate, type PageRequest } from "@/lib/queries/paginate";

const items = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i + 1}` }));
const ids = (list: { id: string }[]) => list.map((item) => item.id);

it.each<[string, PageRequest, { page: number; first: number; last: number; clampedFrom?: number; itemMissing?: boolean }]>([
  ["first page by default", { pageSize: 10 }, { page: 1, first: 1, last: 10 }],
  ["a middle page", { page: 2, pageSize: 10 }, { page: 2, first: 11, last: 20 }],
  ["the last, shorter page", { page: 3, pageSize: 10 }, { page: 3, first: 21, last: 25 }],
  ["beyond the last page is clamped", { page: 9, pageSize: 10 }, { page: 3, first: 21, last: 25, clampedFrom: 9 }],
  ["the page holding an item", { itemId: "item-14", pageSize: 10 }, { page: 2, first: 11, last: 20 }],
  ["an item wins over the page asked for", { itemId: "item-25", page: 1, pageSize: 10 }, { page: 3, first: 21, last: 25 }],
  ["a missing item leaves the page asked for", { itemId: "nope", page: 2, pageSize: 10 }, { page: 2, first: 11, last: 20, itemMissing: true }],
  ["everything on one page", { pageSize: 100 }, { page: 1, first: 1, last: 25 }],
])("%s", (_name, request, expected) => {
  const slice = paginate(items, request);
  expect({ page: slice.page, first: slice.first, last: slice.last, clampedFrom: slice.clampedFrom, itemMissing: slice.itemMissing }).toEqual({
    clampedFrom: undefined,
    itemMissing: undefined,
    ...expected,
  });
  expect(ids(slice.items)).toEqual(ids(items.slice(expected.first - 1, expected.last)));
  expect(slice.total).toBe(25);
});

it("has one empty page when there is nothing", () => {
  expect(paginate([], { page: 4, pageSize: 10 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0, clampedFrom: 4 });
});

it("uses 100 entries a page by default", () => {
  const many = Array.from({ length: 250 }, (_, i) => ({ id: String(i) }));
  expect(paginate(many).items).toHaveLength(100);
  expect(paginate(many).pageCount).toBe(3);
});
