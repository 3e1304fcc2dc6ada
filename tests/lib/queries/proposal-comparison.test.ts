import { describe, expect, it } from "vitest";
import { parseProposalParams } from "@/lib/params/proposal-params";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildComparison, statusHistoryData } from "@/lib/queries/proposal-comparison";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, buildProposal, notIncluded, specified } from "../../support/dataset-builder";

/** Three proposals listed out of date order; the reply shares its original's date. */
function comparisonDataset(): Dataset {
  const dataset = buildDataset();
  dataset.proposals = [
    buildProposal("reply", "2025-05-31", { truceLength: specified("60-day period", 60), releaseSchedule: specified("Staggered") }, { respondsToId: "plan", proposerIds: ["hamas"], precision: "month", statusHistory: [{ status: "proposed", date: "2025-05-31", precision: "day" }, { status: "rejected", date: "2025-05-31", precision: "day", eventId: "talks-ongoing", note: "Deemed unacceptable." }] }),
    buildProposal("plan", "2025-05-31", {
      truceLength: specified("60-day pause", 60, "Mediator Qatar said Tuesday"),
      releaseSchedule: specified("Two waves", undefined, "Mediator Qatar said Tuesday"),
      endOfWarGuarantee: notIncluded("No guarantee"),
    }),
    buildProposal("deal", "2025-01-31", { truceLength: specified("42 days", 42) }, { proposerIds: ["qatar", "hamas-spokesman", "hamas"] }),
  ];
  return dataset;
}

const index = buildIndex(comparisonDataset());
const KNOWN = ["deal", "plan", "reply"];
const compare = (query: Record<string, string | string[]>) => buildComparison(index, parseProposalParams(query, KNOWN).params);

describe("buildComparison", () => {
  it("puts the columns in date order, a reply after its original", () => {
    expect(compare({}).columns.map((c) => c.id)).toEqual(["deal", "plan", "reply"]);
  });

  it("gives each cell its provision and its change from the column to the left", () => {
    const truce = compare({}).rows.find((r) => r.key === "truceLength")!;
    expect(truce.cells.map((c) => [c.proposalId, c.provision?.value, c.change])).toEqual([
      ["deal", "42 days", "first"],
      ["plan", "60-day pause", "changed"],
      ["reply", "60-day period", "same"],
    ]);
    const guarantee = compare({}).rows.find((r) => r.key === "endOfWarGuarantee")!;
    expect(guarantee.cells.map((c) => [c.provision?.state, c.change])).toEqual([
      [undefined, "first"],
      ["not-included", "newly-reported"],
      [undefined, "no-longer-reported"],
    ]);
  });

  it("numbers citations row by row, reusing a number for a passage cited twice", () => {
    const comparison = compare({});
    const numbers = (key: string) => comparison.rows.find((r) => r.key === key)!.cells.map((c) => c.provision?.citations.map((x) => x.number));
    expect(numbers("truceLength")).toEqual([[1], [2], [1]]);
    expect(numbers("releaseSchedule")).toEqual([undefined, [2], [1]]);
    expect(comparison.notes.map((n) => n.number)).toEqual([1, 2, 3]);
    expect(comparison.notes[0]?.href).toMatch(/^\/sources\/test-article#q-[0-9a-f]{8}$/);
  });

  it("compares only the chosen proposals, so the diff follows the selection", () => {
    const comparison = compare({ p: ["reply", "deal"] });
    expect(comparison.columns.map((c) => [c.id, c.previousShortTitle])).toEqual([
      ["deal", undefined],
      ["reply", "deal"],
    ]);
    expect(comparison.rows.find((r) => r.key === "truceLength")?.cells[1]?.change).toBe("changed");
    expect(comparison.choices.map((c) => [c.id, c.isSelected])).toEqual([
      ["deal", true],
      ["plan", false],
      ["reply", true],
    ]);
  });

  it("drops hidden rows and offers links to hide and restore rows and columns", () => {
    const comparison = compare({ p: ["plan", "reply"], hide: "truceEnd" });
    expect(comparison.rows.map((r) => r.key)).not.toContain("truceEnd");
    expect(comparison.hiddenRows).toEqual([{ key: "truceEnd", label: "When the truce ends", showHref: "/proposals?p=plan&p=reply#comparison" }]);
    expect(comparison.rows[0]?.hideHref).toBe("/proposals?p=plan&p=reply&hide=truceLength&hide=truceEnd#comparison");
    expect(comparison.columns.map((c) => c.hideHref)).toEqual(["/proposals?p=reply&hide=truceEnd#comparison", "/proposals?p=plan&hide=truceEnd#comparison"]);
  });

  it("offers no way to hide the last column left", () => {
    expect(compare({ p: "plan" }).columns[0]?.hideHref).toBeUndefined();
  });

  it("resolves proposers to chips and distinct colours (a spokesman shares his group's)", () => {
    const deal = compare({}).columns[0]!;
    expect(deal.proposers.map((p) => p.id)).toEqual(["qatar", "hamas-spokesman", "hamas"]);
    expect(deal.colours).toEqual(["var(--actor-qatar)", "var(--actor-hamas)"]);
  });

  it("shows the latest status, dated no more precisely than the proposal, with its event", () => {
    const reply = compare({}).columns[2]!;
    expect(reply.status).toMatchObject({ status: "rejected", label: "Rejected", eventId: "talks-ongoing", eventTitle: "Qatar says talks are ongoing", dateText: "May 2025" });
  });
});

describe("statusHistoryData", () => {
  it("lists every change oldest first, with notes", () => {
    const reply = index.proposals.get("reply")!;
    expect(statusHistoryData(reply, index).map((s) => [s.label, s.note])).toEqual([
      ["Proposed", undefined],
      ["Rejected", "Deemed unacceptable."],
    ]);
  });
});
