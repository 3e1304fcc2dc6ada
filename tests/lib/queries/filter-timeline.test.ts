import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { filterTimeline, type TimelineFilter } from "@/lib/queries/filter-timeline";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());
const ids = (filter: TimelineFilter) => filterTimeline(index, filter).map((e) => e.id);

describe("timeline entries", () => {
  it("merge events, statements and figures newest first", () => {
    expect(index.timeline.map((e) => [e.id, e.kind, e.date])).toEqual([
      ["gaza-deaths", "figure", "2025-06-25"],
      ["hamas-no-proposals", "statement", "2025-06-25"],
      ["talks-ongoing", "event", "2025-06-24"],
    ]);
  });

  it("name a statement's speaker and the actor spoken for", () => {
    const statement = index.timeline.find((e) => e.id === "hamas-no-proposals");
    expect(statement?.actorIds).toEqual(["hamas-spokesman", "hamas"]);
    expect(statement?.quotation).toBe("not yet received any new proposals");
  });
});

describe("filterTimeline", () => {
  it.each<[string, TimelineFilter, string[]]>([
    ["no filter", {}, ["gaza-deaths", "hamas-no-proposals", "talks-ongoing"]],
    ["by actor", { actorIds: ["qatar"] }, ["talks-ongoing"]],
    ["several actors (any of them)", { actorIds: ["qatar", "hamas"] }, ["hamas-no-proposals", "talks-ongoing"]],
    ["by type", { types: ["statement"] }, ["hamas-no-proposals"]],
    ["several types", { types: ["talks", "figure"] }, ["gaza-deaths", "talks-ongoing"]],
    ["from (inclusive)", { from: "2025-06-25" }, ["gaza-deaths", "hamas-no-proposals"]],
    ["to (inclusive)", { to: "2025-06-24" }, ["talks-ongoing"]],
    ["range excluding all", { from: "2025-07-01", to: "2025-07-31" }, []],
    ["text in a quote, any case", { q: "NEW PROPOSALS" }, ["hamas-no-proposals"]],
    ["text matching curly quotes with straight ones", { q: 'talks are "ongoing"' }, ["talks-ongoing"]],
    ["text by actor alias", { q: "nounou" }, ["hamas-no-proposals"]],
    ["every word must match", { q: "qatar proposals" }, []],
    ["blank text is no filter", { q: "   " }, ["gaza-deaths", "hamas-no-proposals", "talks-ongoing"]],
    ["filters combine", { actorIds: ["hamas"], types: ["talks"] }, []],
  ])("%s", (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it("finds a spokesman's statements when filtering by his organisation", () => {
    expect(index.actorTree.lineage("hamas-spokesman")).toEqual(["hamas-spokesman", "hamas"]);
    expect(ids({ actorIds: ["hamas"] })).toContain("hamas-no-proposals");
    expect(ids({ actorIds: ["hamas-spokesman"] })).toEqual(["hamas-no-proposals"]);
  });
});

describe("figure entries", () => {
  it("end their summary with exactly one full stop even when the note has one", () => {
    const dataset = buildDataset();
    dataset.counts[0] = { ...dataset.counts[0]!, note: "'a mix of both living and deceased individuals'." };
    const entry = buildIndex(dataset).timeline.find((e) => e.kind === "figure");
    expect(entry?.summary).toBe("the health ministry; 'a mix of both living and deceased individuals'.");
  });
});
