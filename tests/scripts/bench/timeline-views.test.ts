import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { buildIndex } from "@/lib/queries/dataset-index";
import { filterTimeline } from "@/lib/queries/filter-timeline";
import { busiestActors, countEntries, dateCutViews, fullPageViews } from "@/scripts/bench/timeline-views";

const index = buildIndex(loadDataset(path.resolve("data")));

describe("fullPageViews", () => {
  it("lists distinct filtered views whose page is full", () => {
    const pageSize = 10;
    const views = fullPageViews(index, 40, pageSize);
    expect(views.length).toBeGreaterThan(5);
    expect(new Set(views.map((v) => v.query)).size).toBe(views.length);
    for (const view of views) {
      const params = new URLSearchParams(view.query);
      const matched = filterTimeline(index, {
        actorIds: params.getAll("actor"),
        types: params.getAll("type") as never[],
      }).length;
      expect(matched, view.query).toBe(view.matched);
      expect(matched, view.query).toBeGreaterThanOrEqual(Number(params.get("p") ?? 1) * pageSize);
    }
  });

  it("leaves out the unfiltered first page, which is built ahead", () => {
    expect(fullPageViews(index, 1000, 10).map((v) => v.query)).not.toContain("");
  });

  it("stops at the limit, and when no filter fills a page", () => {
    expect(fullPageViews(index, 3, 10)).toHaveLength(3);
    expect(fullPageViews(index, 50, 10_000)).toEqual([]);
  });
});

describe("busiestActors", () => {
  it("orders actors by how many entries name them", () => {
    const [first, second] = busiestActors(index, 2);
    expect(index.postings.actor.get(first!)!.length).toBeGreaterThanOrEqual(index.postings.actor.get(second!)!.length);
  });
});

describe("countEntries", () => {
  it("counts one entry per <article>", () => {
    expect(countEntries('<main><article id="a">x</article><article\nid="b"></article><articles></articles></main>')).toBe(2);
  });
});

describe("dateCutViews", () => {
  it("cuts the timeline at each of its dates, newest first, alone and with the busiest type", () => {
    const views = dateCutViews(index, 4);
    const newest = index.timeline[0]!.date;
    expect(views).toHaveLength(4);
    expect(views[0]).toBe(`to=${newest}`);
    expect(views[1]).toMatch(new RegExp(`^type=[a-z]+&to=${newest}$`));
    expect(new Set(views).size).toBe(views.length);
  });
});
