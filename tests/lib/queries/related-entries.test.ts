import path from "node:path";
import { differenceInCalendarDays, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
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

describe("relatedEntries on the real data", () => {
  const real = buildIndex(loadDataset(path.resolve("data")));

  /** The rule spelled out naively: every timeline entry scored, all of them sorted, the first taken. */
  function naive(eventId: string, limit: number): string[] {
    const event = real.events.get(eventId)!;
    return real.timeline
      .filter((entry) => entry.id !== eventId && entry.kind !== "figure")
      .filter((entry) => !(entry.kind === "statement" && real.statements.get(entry.id)?.eventId === eventId))
      .map((entry) => ({
        id: entry.id,
        score: entry.proposalIds.filter((id) => event.proposalIds.includes(id)).length * 3 + entry.actorIds.filter((id) => event.actorIds.includes(id)).length,
        distance: Math.abs(differenceInCalendarDays(parseISO(entry.date), parseISO(event.date))),
      }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((candidate) => candidate.id);
  }

  it("lists for every event what scoring and sorting every entry would, at any limit", () => {
    for (const id of real.events.keys()) {
      for (const limit of [0, 1, 2, 6, 20]) expect(relatedEntries(id, real, limit).map((r) => r.entry.id), `${id} × ${limit}`).toEqual(naive(id, limit));
    }
  });
});
