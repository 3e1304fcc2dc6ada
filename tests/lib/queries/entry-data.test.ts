import { describe, expect, it } from "vitest";
import { actorChips } from "@/lib/queries/actor-chips";
import { buildIndex } from "@/lib/queries/dataset-index";
import { entryData } from "@/lib/queries/entry-data";
import { latestEntries } from "@/lib/queries/latest-entries";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());

describe("actorChips", () => {
  it("names each actor with its colour, people in their organisation's, and skips unknown ids", () => {
    expect(actorChips(["hamas-spokesman", "nobody", "qatar"], index)).toEqual([
      { id: "hamas-spokesman", name: "Hamas spokesman", colour: "var(--actor-hamas)" },
      { id: "qatar", name: "Qatar", colour: "var(--actor-qatar)" },
    ]);
  });
});

describe("entryData", () => {
  it("resolves a statement's actors and sources, coloured by its first actor", () => {
    const statement = index.timeline.find((e) => e.id === "hamas-no-proposals")!;
    const view = entryData(statement, index);
    expect(view.actors.map((a) => a.name)).toEqual(statement.actorIds.map((id) => index.actors.get(id)!.name));
    expect(view.sources).toEqual([
      { quote: 'Hamas said it had "not yet received any new proposals"', articleId: "test-article", articleTitle: "Test article", outlet: null, published: "2025-06-25" },
    ]);
    expect(view.colour).toBe("var(--actor-hamas)");
  });

  it("draws an entry naming no actor in the rule colour", () => {
    const figure = index.timeline.find((e) => e.id === "gaza-deaths")!;
    expect(entryData({ ...figure, actorIds: [] }, index).colour).toBe("var(--rule)");
  });
});

describe("latestEntries", () => {
  it("takes the newest events and statements, leaving figures out", () => {
    expect(latestEntries(index.timeline, 10).map((e) => e.id)).toEqual(["hamas-no-proposals", "talks-ongoing"]);
    expect(latestEntries(index.timeline, 1).map((e) => e.id)).toEqual(["hamas-no-proposals"]);
  });
});
