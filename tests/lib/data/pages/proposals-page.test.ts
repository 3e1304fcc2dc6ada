import { describe, expect, it, vi } from "vitest";
import { PROPOSAL_LIMITS } from "@/lib/params/proposal-params";
import { buildIndex } from "@/lib/queries/dataset-index";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, buildProposal, specified } from "../../../support/dataset-builder";

vi.mock("server-only", () => ({}));
const { getProposalsPage, getProposalsPageTitle, pickerPageIds, POSITIONS_PER_COLUMN } = await import("@/lib/data/pages/proposals-page");

/** `n` proposals, one a month from January 2020, each with a truce length, and `statements` Hamas statements on it. */
function manyProposals(n: number, statements = 0): Dataset {
  const dataset = buildDataset();
  const month = (i: number) => new Date(Date.UTC(2020, i, 1)).toISOString().slice(0, 10);
  dataset.proposals = Array.from({ length: n }, (_, i) => buildProposal(`plan-${i}`, month(i), { truceLength: specified(`${i + 1} days`, i + 1) }));
  const template = dataset.statements[0]!;
  dataset.statements = Array.from({ length: statements }, (_, i) => ({
    ...template,
    id: `hamas-truce-${i}`,
    date: month(i),
    topics: ["truceLength"],
    proposalIds: i === 0 ? ["plan-0"] : [],
  }));
  return dataset;
}

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `plan-${from + i}`);

describe("getProposalsPage", () => {
  it.each<[string, number, Record<string, string | string[]>, string[], boolean]>([
    // name, proposals in the data, query, compared, says "latest N of M"
    ["few proposals: all compared, as before", 4, {}, ids(0, 4), false],
    ["exactly the default: all compared", PROPOSAL_LIMITS.defaultCount, {}, ids(0, PROPOSAL_LIMITS.defaultCount), false],
    ["many proposals: the latest few", 40, {}, ids(40 - PROPOSAL_LIMITS.defaultCount, 40), true],
    ["many proposals, explicit p: as asked", 40, { p: ["plan-3", "plan-1"] }, ["plan-1", "plan-3"], false],
    ["too many p: the latest of them", 40, { p: ids(0, 20) }, ids(20 - PROPOSAL_LIMITS.maxCount, 20), false],
  ])("%s", (_name, n, query, compared, isLatestOnly) => {
    const page = getProposalsPage(query, buildIndex(manyProposals(n)));
    expect(page.comparison.columns.map((c) => c.id)).toEqual(compared);
    expect(page.briefs.map((b) => b.id)).toEqual(compared);
    expect(page.selection.isLatestOnly).toBe(isLatestOnly);
    expect(page.comparison.choices.length).toBeLessThanOrEqual(PROPOSAL_LIMITS.pickerPageSize + PROPOSAL_LIMITS.maxCount);
    for (const id of compared) expect(page.comparison.choices.find((c) => c.id === id)?.isSelected).toBe(true);
  });

  it("titles the page by what it compares", () => {
    expect(getProposalsPageTitle({}, buildIndex(manyProposals(4)))).toBe("Proposals compared");
    expect(getProposalsPageTitle({}, buildIndex(manyProposals(40)))).toBe("Latest proposals compared");
    expect(getProposalsPageTitle({ p: ["plan-2", "plan-1"] }, buildIndex(manyProposals(40)))).toBe("Compared: plan-1 · plan-2");
  });

  it("pages the picker from the latest proposals back, so every proposal can be reached", () => {
    const index = buildIndex(manyProposals(60));
    const first = getProposalsPage({}, index);
    expect(first.picker).toMatchObject({ page: 1, pageCount: 3, total: 60 });
    expect(first.picker.laterHref).toBeUndefined();
    expect(first.picker.earlierHref).toBe("/proposals?list=2#comparison");
    const reached = new Set<string>();
    for (let page = 1; page <= first.picker.pageCount; page += 1) {
      for (const choice of getProposalsPage({ list: String(page) }, index).comparison.choices) reached.add(choice.id);
    }
    expect(reached.size).toBe(60);
    const last = getProposalsPage({ list: "3", p: "plan-59" }, index);
    expect(last.picker.laterHref).toBe("/proposals?p=plan-59&list=2#comparison");
    expect(last.comparison.choices.map((c) => c.id)).toEqual([...ids(0, 12), "plan-59"]);
  });

  it("shows at most a few positions per side, preferring those on the compared proposals", () => {
    const index = buildIndex(manyProposals(40, 30));
    const page = getProposalsPage({ p: "plan-0" }, index);
    const hamas = page.positions.flatMap((p) => p.columns).find((c) => c.id === "hamas")!;
    expect(hamas.statements.map((s) => s.id)).toEqual(["hamas-truce-0", "hamas-truce-26", "hamas-truce-27", "hamas-truce-28", "hamas-truce-29"]);
    expect(hamas.statements).toHaveLength(POSITIONS_PER_COLUMN);
    expect(hamas.omittedCount).toBe(25);
    expect(hamas.moreHref).toBe("/timeline?actor=hamas&type=statement");
  });
});

describe("pickerPageIds", () => {
  const TEN = Array.from({ length: 10 }, (_, i) => `p${i}`);
  it.each<[number, string[]]>([
    [1, ["p6", "p7", "p8", "p9"]],
    [2, ["p2", "p3", "p4", "p5"]],
    [3, ["p0", "p1"]],
  ])("page %i", (page, expected) => {
    expect(pickerPageIds(TEN, page, 4)).toEqual(expected);
  });
});
