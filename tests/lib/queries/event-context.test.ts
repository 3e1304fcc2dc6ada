import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { eventContext } from "@/lib/queries/event-context";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset } from "../../support/dataset-builder";

function dataset(): Dataset {
  const base = buildDataset();
  const event = base.events[0]!;
  return {
    ...base,
    events: [
      ...base.events,
      { ...event, id: "earlier", date: "2025-06-01", proposalIds: [] },
      { ...event, id: "later", date: "2025-07-01", proposalIds: [] },
      { ...event, id: "same-day-b", date: "2025-06-24", proposalIds: [] },
    ],
    statements: base.statements.map((s) => ({ ...s, eventId: "talks-ongoing" })),
    counts: [...base.counts, { ...base.counts[0]!, id: "unlinked-figure" }].map((c) => (c.id === "gaza-deaths" ? { ...c, eventId: "talks-ongoing" } : c)),
  };
}

describe("eventContext", () => {
  const index = buildIndex(dataset());

  it("gathers the event's proposals, linked statements and linked figures", () => {
    const context = eventContext("talks-ongoing", index);
    expect(context?.event.id).toBe("talks-ongoing");
    expect(context?.proposals.map((p) => p.id)).toEqual(["us-plan"]);
    expect(context?.statements.map((s) => s.id)).toEqual(["hamas-no-proposals"]);
    expect(context?.counts.map((c) => c.id)).toEqual(["gaza-deaths"]);
  });

  it.each<[string, string | undefined, string | undefined]>([
    // Same-day events keep the timeline's order (which lists "same-day-b" above, i.e. after, "talks-ongoing").
    ["earlier", undefined, "talks-ongoing"],
    ["talks-ongoing", "earlier", "same-day-b"],
    ["same-day-b", "talks-ongoing", "later"],
    ["later", "same-day-b", undefined],
  ])("%s: previous %s, next %s", (id, previous, next) => {
    const context = eventContext(id, index);
    expect(context?.previous?.id).toBe(previous);
    expect(context?.next?.id).toBe(next);
  });

  it("is undefined for an unknown id", () => {
    expect(eventContext("no-such-event", index)).toBeUndefined();
  });
});
