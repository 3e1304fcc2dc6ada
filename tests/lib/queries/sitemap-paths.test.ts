import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { SITEMAP_SIZE, sitemapCount, sitemapPaths } from "@/lib/queries/sitemap-paths";
import { buildDataset } from "../../support/dataset-builder";

const small = buildIndex(buildDataset());

describe("sitemapPaths", () => {
  it("lists the home and section pages and every event, proposal, actor and source page once", () => {
    const paths = sitemapPaths(small, 0).map((p) => p.path);
    expect(paths).toEqual([
      "/",
      "/timeline",
      "/proposals",
      "/figures",
      "/actors",
      "/sources",
      "/events/talks-ongoing",
      "/proposals/us-plan",
      "/actors/qatar",
      "/actors/hamas",
      "/actors/hamas-spokesman",
      "/sources/test-article",
    ]);
    expect(sitemapCount(small)).toBe(1);
    expect(sitemapPaths(small, 1)).toEqual([]);
  });

  it("splits a large archive into files of SITEMAP_SIZE, every permalink in exactly one", () => {
    const dataset = buildDataset();
    const template = dataset.events[0]!;
    for (let n = 0; n < SITEMAP_SIZE; n += 1) dataset.events.push({ ...template, id: `extra-${n}`, proposalIds: [] });
    const index = buildIndex(dataset);
    expect(sitemapCount(index)).toBe(2);
    const files = [sitemapPaths(index, 0), sitemapPaths(index, 1)];
    expect(files[0]).toHaveLength(SITEMAP_SIZE);
    const all = files.flat().map((p) => p.path);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(6 + dataset.events.length + 1 + 3 + 1);
    expect(files[1]!.at(-1)!.path).toBe("/sources/test-article");
  });
});
