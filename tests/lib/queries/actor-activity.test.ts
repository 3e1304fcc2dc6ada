import { describe, expect, it } from "vitest";
import { actorActivity } from "@/lib/queries/actor-activity";
import { buildIndex } from "@/lib/queries/dataset-index";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset } from "../../support/dataset-builder";

/** The builder's dataset plus a Hamas statement of its own, an older one, and a figure Hamas reported. */
function dataset(): Dataset {
  const base = buildDataset();
  const source = base.statements[0]!.sources;
  return {
    ...base,
    events: [...base.events, { ...base.events[0]!, id: "hamas-walks-out", date: "2025-06-20", actorIds: ["hamas", "qatar"] }],
    statements: [
      ...base.statements,
      { ...base.statements[0]!, id: "hamas-own-word", date: "2025-06-10", speakerId: "hamas", actorId: "hamas", sources: source },
      { ...base.statements[0]!, id: "qatar-on-hamas", date: "2025-06-26", speakerId: "qatar", actorId: "qatar", sources: source },
    ],
    counts: [...base.counts, { ...base.counts[0]!, id: "hamas-figure", date: "2025-06-01", reportedById: "hamas-spokesman" }],
  };
}

describe("actorActivity", () => {
  const index = buildIndex(dataset());
  const rows = (actorId: string) => actorActivity(actorId, index).map((item) => [item.entry.id, item.relations, item.viaIds]);

  it.each<[string, string, (string | string[])[][]]>([
    [
      "an organisation: its events, its own and its people's statements and figures, oldest first",
      "hamas",
      [
        ["hamas-figure", ["reported"], ["hamas-spokesman"]],
        ["hamas-own-word", ["spoke"], []],
        ["hamas-walks-out", ["took-part"], []],
        ["hamas-no-proposals", ["spoke", "spoken-for"], ["hamas-spokesman"]],
      ],
    ],
    [
      "a person: only what they themselves said or reported",
      "hamas-spokesman",
      [
        ["hamas-figure", ["reported"], []],
        ["hamas-no-proposals", ["spoke"], []],
      ],
    ],
    [
      "a mediator: events it took part in and its statements",
      "qatar",
      [
        ["hamas-walks-out", ["took-part"], []],
        ["talks-ongoing", ["took-part"], []],
        ["qatar-on-hamas", ["spoke"], []],
      ],
    ],
    ["an unknown actor: nothing", "nobody", []],
  ])("%s", (_label, actorId, expected) => {
    expect(rows(actorId)).toEqual(expected);
  });

  it("lists entries in time order", () => {
    const dates = actorActivity("hamas", index).map((item) => item.entry.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe("actor members", () => {
  const index = buildIndex(buildDataset());
  it("finds the people under an organisation, and the organisation's family", () => {
    expect(index.actorTree.members("hamas").map((a) => a.id)).toEqual(["hamas-spokesman"]);
    expect(index.actorTree.members("hamas-spokesman")).toEqual([]);
    expect([...index.actorTree.family("hamas")].sort()).toEqual(["hamas", "hamas-spokesman"]);
    expect([...index.actorTree.family("hamas-spokesman")]).toEqual(["hamas-spokesman"]);
  });
});
