import { describe, expect, it } from "vitest";
import { comparisonHref, parseProposalParams, type ProposalParams } from "@/lib/params/proposal-params";
import type { SearchParams } from "@/lib/params/search-params";
import type { ProvisionKey } from "@/lib/schema/provision";

const KNOWN = ["jan", "may", "reply", "july"];

describe("parseProposalParams", () => {
  it.each<[string, SearchParams, Partial<ProposalParams>, string[]]>([
    ["no p compares all, oldest first", {}, { proposalIds: KNOWN, isAllProposals: true, hiddenRows: [] }, []],
    ["one p", { p: "may" }, { proposalIds: ["may"], isAllProposals: false }, []],
    ["several p are put in date order", { p: ["july", "jan"] }, { proposalIds: ["jan", "july"], isAllProposals: false }, []],
    ["duplicates merge silently", { p: ["may", "may", " may "] }, { proposalIds: ["may"] }, []],
    ["blank values are ignored silently", { p: ["", "  "] }, { proposalIds: KNOWN, isAllProposals: true }, []],
    ["unknown ids are dropped with a notice", { p: ["may", "nope"] }, { proposalIds: ["may"], isAllProposals: false }, ["p"]],
    ["only unknown ids: all proposals, with a notice", { p: "nope" }, { proposalIds: KNOWN, isAllProposals: true }, ["p"]],
    ["ids are case-sensitive", { p: "MAY" }, { proposalIds: KNOWN, isAllProposals: true }, ["p"]],
    ["hide rows, kept in table order", { hide: ["truceEnd", "truceLength"] }, { hiddenRows: ["truceLength", "truceEnd"] }, []],
    ["unknown rows are dropped with one notice", { hide: ["truceLength", "colour", "colour"] }, { hiddenRows: ["truceLength"] }, ["hide"]],
    ["both at once", { p: ["x", "jan"], hide: "y" }, { proposalIds: ["jan"], hiddenRows: [] }, ["p", "hide"]],
  ])("%s", (_name, input, expected, noticeParams) => {
    const { params, notices } = parseProposalParams(input, KNOWN);
    expect(params).toMatchObject(expected);
    expect(notices.map((n) => n.param)).toEqual(noticeParams);
  });

  it("names the ignored values in the notice, shortened and capped", () => {
    const long = "x".repeat(80);
    const { notices } = parseProposalParams({ p: [long, "a1", "a2", "a3", "a4", "a5", "a6"] }, KNOWN);
    expect(notices).toHaveLength(1);
    const message = notices[0]!.message;
    expect(message).toContain(`p=${"x".repeat(40)}…`);
    expect(message).not.toContain("x".repeat(41));
    expect(message).toContain("and 2 more");
    expect(message).toContain("all proposals are shown");
  });

  it("does not claim all proposals are shown when some requested ones exist", () => {
    const { notices } = parseProposalParams({ p: ["may", "nope"] }, KNOWN);
    expect(notices[0]?.message).toContain("“p=nope”");
    expect(notices[0]?.message).not.toContain("all proposals are shown");
  });
});

describe("comparisonHref", () => {
  it.each<[string, string[], ProvisionKey[], string]>([
    ["all proposals, nothing hidden: the plain address", KNOWN, [], "/proposals"],
    ["all proposals in any order: still plain", ["july", "may", "reply", "jan"], [], "/proposals"],
    ["a subset, in date order", ["july", "jan"], [], "/proposals?p=jan&p=july"],
    ["hidden rows in table order", KNOWN, ["truceEnd", "truceLength"], "/proposals?hide=truceLength&hide=truceEnd"],
    ["both", ["may"], ["otherDemands"], "/proposals?p=may&hide=otherDemands"],
  ])("%s", (_name, proposalIds, hiddenRows, expected) => {
    expect(comparisonHref({ proposalIds, hiddenRows }, KNOWN)).toBe(expected);
  });

  it("round-trips through the parser", () => {
    const selection = { proposalIds: ["may", "july"], hiddenRows: ["hostagesDead"] satisfies ProvisionKey[] };
    const href = comparisonHref(selection, KNOWN, "#comparison");
    expect(href.endsWith("#comparison")).toBe(true);
    const search = new URLSearchParams(href.split("?")[1]!.split("#")[0]);
    const { params, notices } = parseProposalParams({ p: search.getAll("p"), hide: search.getAll("hide") }, KNOWN);
    expect(notices).toEqual([]);
    expect(params).toEqual({ proposalIds: ["may", "july"], isAllProposals: false, hiddenRows: ["hostagesDead"] });
  });
});

describe("parseProposalParams with more proposals than the default", () => {
  // Ten proposals, oldest first; small limits so the cases stay readable.
  const TEN = Array.from({ length: 10 }, (_, i) => `p${i}`);
  const LIMITS = { defaultCount: 3, maxCount: 4, pickerPageSize: 4 };

  it.each<[string, SearchParams, string[], boolean, string[], number, string[]]>([
    // name, query, compared, isDefault, left out, picker page, notices
    ["no p: the latest three", {}, ["p7", "p8", "p9"], true, [], 1, []],
    ["only unknown ids: the latest three", { p: "nope" }, ["p7", "p8", "p9"], true, [], 1, ["p"]],
    ["an explicit choice is kept as asked", { p: ["p0", "p5"] }, ["p0", "p5"], false, [], 1, []],
    ["at most four: the latest four of six, the rest named", { p: ["p0", "p1", "p2", "p3", "p4", "p5"] }, ["p2", "p3", "p4", "p5"], false, ["p0", "p1"], 1, ["p"]],
    ["a picker page", { list: "2" }, ["p7", "p8", "p9"], true, [], 2, []],
    ["a picker page past the last shows the last", { list: "9" }, ["p7", "p8", "p9"], true, [], 3, ["list"]],
    ["a picker page that is no number is ignored", { list: "x" }, ["p7", "p8", "p9"], true, [], 1, ["list"]],
  ])("%s", (_name, input, compared, isDefault, leftOut, listPage, noticeParams) => {
    const { params, notices, selection } = parseProposalParams(input, TEN, LIMITS);
    expect(params.proposalIds).toEqual(compared);
    expect(params.isAllProposals).toBe(false);
    expect(selection).toEqual({ isDefault, leftOutIds: leftOut, listPage, listPageCount: 3 });
    expect(notices.map((n) => n.param)).toEqual(noticeParams);
  });

  it("says which proposals it falls back to, and which it left out", () => {
    expect(parseProposalParams({ p: "nope" }, TEN, LIMITS).notices[0]?.message).toContain("the latest 3 proposals are shown");
    const cut = parseProposalParams({ p: TEN }, TEN, LIMITS).notices[0]?.message;
    expect(cut).toContain("at most 4");
    expect(cut).toContain("“p=p0”");
    expect(cut).toContain("and 1 more");
  });

  it("never compares more than the cap, however many ids a link repeats", () => {
    const many = Array.from({ length: 500 }, (_, i) => `q${i}`);
    const { params } = parseProposalParams({ p: many }, many);
    expect(params.proposalIds).toHaveLength(12);
    expect(params.proposalIds.at(-1)).toBe("q499");
  });
});

describe("comparisonHref with more proposals than the default", () => {
  const TEN = Array.from({ length: 10 }, (_, i) => `p${i}`);
  it.each<[string, string[], number | undefined, string]>([
    ["the default selection is the plain address", ["p7", "p8", "p9"], undefined, "/proposals"],
    ["all ten are not the default", TEN, undefined, `/proposals?${TEN.map((id) => `p=${id}`).join("&")}`],
    ["a subset names its proposals", ["p8", "p9"], undefined, "/proposals?p=p8&p=p9"],
    ["a picker page is kept", ["p7", "p8", "p9"], 2, "/proposals?list=2"],
    ["the first picker page is the default", ["p7", "p8", "p9"], 1, "/proposals"],
  ])("%s", (_name, proposalIds, listPage, expected) => {
    expect(comparisonHref({ proposalIds, hiddenRows: [], ...(listPage ? { listPage } : {}) }, TEN, "", 3)).toBe(expected);
  });
});
