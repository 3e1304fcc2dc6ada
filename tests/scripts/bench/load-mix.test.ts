import { describe, expect, it } from "vitest";
import { loadMix, MIX_WEIGHTS, type MixSources } from "@/scripts/bench/load-mix";

const sources: MixSources = {
  repeatedViews: ["/timeline?type=statement", "/timeline?actor=israel"],
  newViews: Array.from({ length: 500 }, (_, i) => `/timeline?p=${i + 2}`),
  eventPage: "/events/e1",
  proposals: "/proposals",
  figures: "/figures",
  api: ["/api/v1/entries?q=ceasefire"],
};

const countKinds = (items: ReturnType<typeof loadMix>) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
};

describe("loadMix", () => {
  it("sends each kind its share of 100 requests", () => {
    const items = loadMix(sources, 100);
    expect(items).toHaveLength(100);
    expect(countKinds(items)).toEqual(MIX_WEIGHTS);
  });

  it("spreads kinds through the run instead of sending them in blocks", () => {
    const items = loadMix(sources, 100);
    expect(new Set(items.slice(0, 10).map((i) => i.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it("cycles the repeated views and uses each new view once", () => {
    const items = loadMix(sources, 1000);
    const repeated = items.filter((i) => i.kind === "timeline: cached view").map((i) => i.path);
    expect(new Set(repeated)).toEqual(new Set(sources.repeatedViews));
    const fresh = items.filter((i) => i.kind === "timeline: first render").map((i) => i.path);
    expect(new Set(fresh).size).toBe(fresh.length);
    expect(fresh[0]).toBe(sources.newViews[0]);
  });

  it("gives the turns of a kind with nothing to send to the others", () => {
    const items = loadMix({ ...sources, api: [], newViews: ["/timeline?p=2"] }, 100);
    expect(items).toHaveLength(100);
    const counts = countKinds(items);
    expect(counts.API).toBeUndefined();
    expect(counts["timeline: first render"]).toBe(1);
  });

  it("is the same every time", () => {
    expect(loadMix(sources, 300)).toEqual(loadMix(sources, 300));
  });
});
