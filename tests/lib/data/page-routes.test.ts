import { describe, expect, it } from "vitest";
import { routeFigures } from "@/lib/data/figures-route";
import { routeProposals } from "@/lib/data/proposals-route";
import { queryOfViewKey } from "@/lib/params/view-key";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildDataset, buildProposal } from "../../support/dataset-builder";

const dataset = buildDataset();
dataset.proposals = [buildProposal("plan-a", "2025-01-10"), buildProposal("plan-b", "2025-03-10"), buildProposal("plan-c", "2025-05-10")];
const index = buildIndex(dataset);
const proposals = (query: string) => routeProposals(new URLSearchParams(query), index);
const figures = (query: string) => routeFigures(new URLSearchParams(query));

describe("routeProposals", () => {
  it.each([
    ["the default comparison", "", ""],
    ["two proposals, oldest first", "p=plan-a&p=plan-c", "p=plan-a&p=plan-c"],
    ["a hidden row", "hide=truceLength", "hide=truceLength"],
  ])("serves %s from its cached view", (_name, query, canonical) => {
    const route = proposals(query);
    expect(route.kind).toBe("view");
    if (route.kind === "view") expect(queryOfViewKey(route.key)).toBe(canonical);
  });

  it.each([
    ["proposals listed newest first", "p=plan-c&p=plan-a", "/proposals?p=plan-a&p=plan-c"],
    ["every proposal spelled out (the default)", "p=plan-a&p=plan-b&p=plan-c", "/proposals"],
    ["an unknown parameter", "utm_source=x&p=plan-b", "/proposals?p=plan-b"],
    ["a repeated proposal", "p=plan-b&p=plan-b", "/proposals?p=plan-b"],
  ])("redirects %s to the canonical address", (_name, query, location) => {
    expect(proposals(query)).toEqual({ kind: "redirect", location });
  });

  it("renders an unknown proposal id per request, with its notice", () => {
    expect(proposals("p=no-such-plan")).toEqual({ kind: "render" });
  });
});

describe("routeFigures", () => {
  it("serves a range from its cached view", () => {
    const route = figures("from=2025-01-01&to=2025-06-30");
    expect(route.kind).toBe("view");
    if (route.kind === "view") expect(queryOfViewKey(route.key)).toBe("from=2025-01-01&to=2025-06-30");
  });

  it.each(["window=12m", "window=90d"])("serves the window %s from its cached view", (query) => {
    const route = figures(query);
    expect(route.kind).toBe("view");
    if (route.kind === "view") expect(queryOfViewKey(route.key)).toBe(query);
  });

  it.each([
    ["the dates in the other order", "to=2025-06-30&from=2025-01-01", "/figures?from=2025-01-01&to=2025-06-30"],
    ["the default window spelled out", "window=all", "/figures"],
    ["a window in capitals", "window=12M", "/figures?window=12m"],
    ["a blank window", "window=&from=2025-01-01", "/figures?from=2025-01-01"],
    ["blank dates, as a form without scripts sends them", "from=&to=", "/figures"],
    ["an unknown parameter", "x=1", "/figures"],
  ])("redirects %s to the canonical address", (_name, query, location) => {
    expect(figures(query)).toEqual({ kind: "redirect", location });
  });

  it.each([
    ["an impossible date", "from=2025-02-30"],
    ["dates the wrong way round", "from=2025-06-30&to=2025-01-01"],
    ["an unknown window", "window=7d"],
    ["a window beside dates", "window=90d&from=2025-01-01"],
  ])(
    "renders %s per request, with notices",
    (_name, query) => {
      expect(figures(query)).toEqual({ kind: "render" });
    },
  );
});
