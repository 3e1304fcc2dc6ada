import { describe, expect, it } from "vitest";
import { orderProposals } from "@/lib/queries/proposal-order";
import { buildProposal } from "../../support/dataset-builder";

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe("orderProposals", () => {
  it.each<[string, ReturnType<typeof buildProposal>[], string[]]>([
    ["by date, oldest first", [buildProposal("c", "2025-07-06"), buildProposal("a", "2025-01-31")], ["a", "c"]],
    [
      "a reply on the same date comes after what it answers, even when listed first",
      [buildProposal("reply", "2025-05-31", {}, { respondsToId: "plan" }), buildProposal("plan", "2025-05-31")],
      ["plan", "reply"],
    ],
    [
      "a reply to a reply comes last",
      [
        buildProposal("counter", "2025-05-31", {}, { respondsToId: "reply" }),
        buildProposal("reply", "2025-05-31", {}, { respondsToId: "plan" }),
        buildProposal("plan", "2025-05-31"),
      ],
      ["plan", "reply", "counter"],
    ],
    ["other same-date proposals keep the file order", [buildProposal("y", "2025-05-31"), buildProposal("x", "2025-05-31")], ["y", "x"]],
    [
      "a reply dated later is ordered by its date",
      [buildProposal("reply", "2025-06-02", {}, { respondsToId: "plan" }), buildProposal("other", "2025-06-01"), buildProposal("plan", "2025-05-31")],
      ["plan", "other", "reply"],
    ],
    [
      "a cycle of replies does not hang",
      [buildProposal("a", "2025-05-31", {}, { respondsToId: "b" }), buildProposal("b", "2025-05-31", {}, { respondsToId: "a" })],
      ["a", "b"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(ids(orderProposals(input))).toEqual(expected);
  });

  it("does not reorder its input", () => {
    const input = [buildProposal("c", "2025-07-06"), buildProposal("a", "2025-01-31")];
    orderProposals(input);
    expect(ids(input)).toEqual(["c", "a"]);
  });
});
