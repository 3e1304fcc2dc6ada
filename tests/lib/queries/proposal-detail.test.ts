import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { proposalDetail, proposalLinks } from "@/lib/queries/proposal-detail";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, buildProposal, notIncluded, specified } from "../../support/dataset-builder";

/** Three proposals, listed out of date order; the reply answers the first plan. */
function dataset(): Dataset {
  const base = buildDataset();
  return {
    ...base,
    proposals: [
      buildProposal("second", "2025-03-01", { truceLength: specified("60 days", 60), endOfWarGuarantee: notIncluded("No guarantee") }, { respondsToId: "first" }),
      buildProposal("first", "2025-01-01", { truceLength: specified("42 days", 42), releaseSchedule: specified("Two waves") }),
      buildProposal("third", "2025-06-01", { truceLength: specified("60-day truce", 60) }, { respondsToId: "first", proposerIds: ["hamas", "nobody"] }),
    ],
    // The builder's event and statement are about "us-plan"; point the event at "second" instead.
    events: base.events.map((e) => ({ ...e, proposalIds: ["second"] })),
    statements: base.statements.map((s) => ({ ...s, proposalIds: ["second"] })),
  };
}

describe("proposalDetail", () => {
  const index = buildIndex(dataset());
  const detail = (id: string) => proposalDetail(id, index)!;

  it("is undefined for an unknown id", () => {
    expect(proposalDetail("no-such-plan", index)).toBeUndefined();
  });

  it("marks provisions that differ from the proposal before it, saying what that one had", () => {
    const rows = Object.fromEntries(detail("second").provisions.map((p) => [p.key, [p.state, p.change?.marker, p.change?.before]]));
    expect(rows.truceLength).toEqual(["specified", "Changed", "first: 42 days"]);
    expect(rows.releaseSchedule).toEqual(["not-reported", "No longer reported", "first: Two waves"]);
    expect(rows.endOfWarGuarantee).toEqual(["not-included", "Newly reported", "Not reported for the first."]);
    expect(rows.humanitarianAid).toEqual(["not-reported", undefined, undefined]);
    expect(detail("second").changesNote).toBe(" Marked provisions differ from the first, the plan before this one.");
  });

  it("marks nothing on the first proposal", () => {
    expect(detail("first").provisions.filter((p) => p.change)).toEqual([]);
    expect(detail("first").changesNote).toBeUndefined();
  });

  it("gives each provision its source passages", () => {
    const truce = detail("first").provisions.find((p) => p.key === "truceLength")!;
    expect(truce.provision?.value).toBe("42 days");
    expect(truce.provision?.sources.map((s) => [s.articleTitle, s.quote])).toEqual([["Test article", "talks are “ongoing”"]]);
  });

  it.each<[string, string[]]>([
    ["first", ["Compare with the second"]],
    ["second", ["Compare with the first", "Compare with the third"]],
    // It answers "first", which is not the proposal just before it: that comparison is offered too.
    ["third", ["Compare with the second", "Compare with the first"]],
  ])("%s offers comparisons: %j", (id, labels) => {
    expect(detail(id).compareLinks.map((l) => l.label)).toEqual(labels);
    for (const link of detail(id).compareLinks) expect(link.href).toMatch(/^\/proposals\?/);
  });

  it("names who put it forward, skipping unknown actors, and what it responds to", () => {
    expect(detail("third").proposers.map((p) => p.name)).toEqual(["Hamas"]);
    expect(detail("third").respondsTo).toEqual({ id: "first", title: "Proposal first" });
    expect(detail("first").respondsTo).toBeUndefined();
  });

  it("lists the events and statements about it, oldest first, and none about other proposals", () => {
    expect(detail("second").reactions.map((r) => r.entry.id)).toEqual(["talks-ongoing", "hamas-no-proposals"]);
    expect(detail("first").reactions).toEqual([]);
  });

  it("is plain data that survives a JSON round trip", () => {
    expect(JSON.parse(JSON.stringify(detail("second")))).toEqual(detail("second"));
  });
});

describe("proposalLinks", () => {
  it("lists every proposal oldest first", () => {
    expect(proposalLinks(buildIndex(dataset())).map((p) => p.id)).toEqual(["first", "second", "third"]);
  });
});
