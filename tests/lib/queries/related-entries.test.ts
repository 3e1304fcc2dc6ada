import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { relatedEntries } from "@/lib/queries/related-entries";
import type { Dataset } from "@/lib/schema/dataset";
import type { Event } from "@/lib/schema/event";
import { buildDataset } from "../../support/dataset-builder";

function withEvents(...events: Partial<Event>[]): Dataset {
  const base = buildDataset();
  const template = base.events[0]!;
  return { ...base, events: [...base.events, ...events.map((e) => ({ ...template, proposalIds: [], ...e }) as Event)] };
}

describe("relatedEntries", () => {
  // talks-ongoing (24 June 2025): actors [qatar], proposal us-plan.
  const index = buildIndex(
    withEvents(
      { id: "same-plan-far", date: "2025-01-01", actorIds: ["hamas"], proposalIds: ["us-plan"] },
      { id: "qatar-near", date: "2025-06-23", actorIds: ["qatar"] },
      { id: "qatar-far", date: "2024-01-01", actorIds: ["qatar"] },
      { id: "unrelated", date: "2025-06-24", actorIds: ["hamas"] },
      { id: "qatar-and-plan", date: "2023-01-01", actorIds: ["qatar"], proposalIds: ["us-plan"] },
    ),
  );

  it("ranks by shared proposals and actors, then nearness in time, and leaves out unrelated entries", () => {
    expect(relatedEntries("talks-ongoing", index).map((r) => [r.entry.id, r.score])).toEqual([
      ["qatar-and-plan", 4],
      ["same-plan-far", 3],
      ["qatar-near", 1],
      ["qatar-far", 1],
    ]);
  });

  it("never lists the event itself or figures, and respects the limit", () => {
    const ids = relatedEntries("talks-ongoing", index, 2).map((r) => r.entry.id);
    expect(ids).toEqual(["qatar-and-plan", "same-plan-far"]);
    expect(relatedEntries("qatar-near", index).map((r) => r.entry.id)).not.toContain("qatar-near");
  });

  it("names what is shared", () => {
    const top = relatedEntries("talks-ongoing", index)[0];
    expect(top?.sharedActorIds).toEqual(["qatar"]);
    expect(top?.sharedProposalIds).toEqual(["us-plan"]);
  });

  it("includes statements by shared actors, except those already linked to the event", () => {
    const base = withEvents({ id: "hamas-event", date: "2025-06-20", actorIds: ["hamas"] });
    const linked = { ...base, statements: base.statements.map((s) => ({ ...s, eventId: "hamas-event" })) };
    expect(relatedEntries("hamas-event", buildIndex(base)).map((r) => r.entry.id)).toEqual(["hamas-no-proposals"]);
    expect(relatedEntries("hamas-event", buildIndex(linked)).map((r) => r.entry.id)).toEqual([]);
  });

  it("returns nothing for an unknown event", () => {
    expect(relatedEntries("nope", index)).toEqual([]);
  });
});
