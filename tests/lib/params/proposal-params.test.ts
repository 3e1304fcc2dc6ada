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
