import { describe, expect, it } from "vitest";
import { listResult } from "@/lib/api/api-results";
import { ListEnvelopeSchema } from "@/lib/api/api-schemas";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildDataset } from "../../support/dataset-builder";

// The real data fits on one page, so paging is checked on the builder's dataset grown to 250 events.
const base = buildDataset();
const template = base.events[0]!;
const events = Array.from({ length: 250 }, (_, i) => ({
  ...template,
  id: `event-${String(i).padStart(3, "0")}`,
  date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
}));
const index = buildIndex({ ...base, events });
const newestFirst = [...events].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1)).map((e) => e.id);

function page(query: string) {
  const result = listResult(index, "events", new URLSearchParams(query));
  expect(result.status).toBe(200);
  return ListEnvelopeSchema.parse(result.body);
}

describe("listResult paging", () => {
  it.each<{ query: string; number: number; slice: [number, number]; links: { next?: string; prev?: string } }>([
    { query: "", number: 1, slice: [0, 100], links: { next: "/api/v1/events?p=2" } },
    { query: "p=2", number: 2, slice: [100, 200], links: { next: "/api/v1/events?p=3", prev: "/api/v1/events" } },
    { query: "page=3", number: 3, slice: [200, 250], links: { prev: "/api/v1/events?p=2" } },
  ])("?$query is page $number", ({ query, number, slice, links }) => {
    const body = page(query);
    expect(body.data.map((e) => (e as { id: string }).id)).toEqual(newestFirst.slice(...slice));
    expect(body.page).toEqual({ number, size: 100, count: slice[1] - slice[0], total: 250, pages: 3 });
    expect(body.links).toEqual({ self: number === 1 ? "/api/v1/events" : `/api/v1/events?p=${number}`, ...links });
    expect(body.query).toEqual({ order: "newest", p: number });
  });

  it("keeps the filters in the page links and reverses with order=oldest", () => {
    const body = page("order=oldest&type=talks&p=2");
    expect(body.data.map((e) => (e as { id: string }).id)).toEqual([...newestFirst].reverse().slice(100, 200));
    expect(body.links).toEqual({ self: "/api/v1/events?type=talks&order=oldest&p=2", next: "/api/v1/events?type=talks&order=oldest&p=3", prev: "/api/v1/events?type=talks&order=oldest" });
  });

  it("refuses the page after the last, naming the last", () => {
    const result = listResult(index, "events", new URLSearchParams("p=4"));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { parameter: "p", message: "There is no page 4: the last is page 3." } });
  });
});
