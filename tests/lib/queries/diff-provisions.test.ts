import { describe, expect, it } from "vitest";
import { CHANGE_LABELS } from "@/lib/format/labels";
import {
  compareProvision,
  diffProvisions,
  MARKED_CHANGES,
  normaliseProvisionValue,
  type ProvisionChange,
} from "@/lib/queries/diff-provisions";
import type { Provision } from "@/lib/schema/provision";
import { buildProposal, notIncluded, specified } from "../../support/dataset-builder";

const none = undefined;

describe("compareProvision", () => {
  it.each<[string, Provision | undefined, Provision | undefined, ProvisionChange]>([
    ["reported for neither", none, none, "unreported"],
    ["reported only now", none, specified("60 days", 60), "newly-reported"],
    ["reported only before", specified("60 days", 60), none, "no-longer-reported"],
    ["a stated absence is newly reported too", none, notIncluded("No guarantee"), "newly-reported"],
    ["same amount, different wording", specified("60-day pause in fighting", 60), specified("60-day truce", 60), "same"],
    ["different amount, same wording", specified("a truce", 42), specified("a truce", 60), "changed"],
    ["amount on one side only falls back to wording (same)", specified("60 days", 60), specified("60 days"), "same"],
    ["amount on one side only falls back to wording (changed)", specified("60 days", 60), specified("two months"), "changed"],
    ["no amounts, wording differs", specified("Partial pullback"), specified("Full withdrawal"), "changed"],
    ["no amounts, wording differs only in case, punctuation and quotes", specified("Expanded ‘humanitarian’ access."), specified("expanded 'humanitarian'  access"), "same"],
    ["specified then left out", specified("Expanded access"), notIncluded("Aid is not part of it"), "changed"],
    ["left out then specified", notIncluded("Not part of it"), specified("Expanded access"), "changed"],
    ["left out in both, whatever the wording", notIncluded("Not included"), notIncluded("The plan says nothing binding on this"), "same"],
  ])("%s", (_name, previous, current, expected) => {
    expect(compareProvision(previous, current)).toBe(expected);
  });
});

describe("normaliseProvisionValue", () => {
  it.each([
    ["60-day truce", "60 day truce"],
    ["  Stagger the releases (instead of two waves). ", "stagger the releases instead of two waves"],
    ["Israel’s “ability”", "israel s ability"],
    ["ﬁve hostages", "five hostages"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseProvisionValue(input)).toBe(expected);
  });
});

describe("diffProvisions", () => {
  const a = buildProposal("a", "2025-01-31", { truceLength: specified("42 days", 42), troopWithdrawal: specified("Full withdrawal") });
  const b = buildProposal("b", "2025-05-31", { truceLength: specified("60-day pause", 60), hostagesLiving: specified("10 live hostages", 10) });
  const c = buildProposal("c", "2025-07-06", { truceLength: specified("60-day truce", 60), troopWithdrawal: specified("Full withdrawal") });

  it("marks nothing in the first column and compares each later column with the one before it", () => {
    const [first, second, third] = diffProvisions([a, b, c]);
    expect(first?.previousId).toBeUndefined();
    expect(Object.values(first!.changes).every((change) => change === "first")).toBe(true);
    expect(first?.markedCount).toBe(0);

    expect(second?.previousId).toBe("a");
    expect(second?.changes).toMatchObject({
      truceLength: "changed",
      hostagesLiving: "newly-reported",
      troopWithdrawal: "no-longer-reported",
      prisonerReleases: "unreported",
    });
    expect(second?.markedCount).toBe(3);

    expect(third?.previousId).toBe("b");
    expect(third?.changes).toMatchObject({ truceLength: "same", hostagesLiving: "no-longer-reported", troopWithdrawal: "newly-reported" });
    expect(third?.markedCount).toBe(2);
  });

  it("follows the compared order: leaving a column out changes what the next is compared with", () => {
    const [, third] = diffProvisions([a, c]);
    expect(third?.previousId).toBe("a");
    expect(third?.changes).toMatchObject({ truceLength: "changed", troopWithdrawal: "same", hostagesLiving: "unreported" });
    expect(third?.markedCount).toBe(1);
  });

  it("counts marked changes only in the rows shown", () => {
    const [, second] = diffProvisions([a, b], ["truceLength"]);
    expect(second?.markedCount).toBe(1);
    expect(second?.changes.hostagesLiving).toBe("newly-reported");
  });

  it("returns nothing for no proposals", () => {
    expect(diffProvisions([])).toEqual([]);
  });
});

it("labels exactly the changes that are marked", () => {
  expect(new Set(Object.keys(CHANGE_LABELS))).toEqual(new Set(MARKED_CHANGES));
});
