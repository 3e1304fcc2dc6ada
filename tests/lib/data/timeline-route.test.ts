import { describe, expect, it } from "vitest";
import { routeTimeline } from "@/lib/data/timeline-route";
import { buildIndex } from "@/lib/queries/dataset-index";
import { queryOfViewKey } from "@/lib/params/view-key";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());
const route = (query: string) => routeTimeline(new URLSearchParams(query), index);

describe("routeTimeline", () => {
  it.each([
    ["", ""],
    ["actor=qatar", "actor=qatar"],
    ["q=truce+talks&actor=hamas&actor=qatar&type=statement&from=2025-06-01&to=2025-06-30&order=oldest", "q=truce+talks&actor=hamas&actor=qatar&type=statement&from=2025-06-01&to=2025-06-30&order=oldest"],
    ["entry=talks-ongoing", "entry=talks-ongoing"],
  ])("serves the canonical address %j from its cached view", (query, canonical) => {
    const result = route(query);
    expect(result.kind).toBe("view");
    const sorted = (q: string) => {
      const params = new URLSearchParams(q);
      params.sort();
      return params.toString();
    };
    if (result.kind === "view") expect(sorted(queryOfViewKey(result.key) ?? "x")).toBe(sorted(canonical));
  });

  it.each([
    ["parameters in another order", "type=statement&actor=qatar", "/timeline?actor=qatar&type=statement"],
    ["upper case", "actor=Qatar&type=STATEMENT&order=Oldest", "/timeline?actor=qatar&type=statement&order=oldest"],
    ["`page` for `p`, and page 1 spelled out", "page=1", "/timeline"],
    ["the default order spelled out", "order=newest&actor=qatar", "/timeline?actor=qatar"],
    ["blank fields, as a form without scripts sends them", "q=&actor=qatar&from=&to=&order=newest", "/timeline?actor=qatar"],
    ["an unknown parameter", "utm_source=x&actor=qatar", "/timeline?actor=qatar"],
    ["junk meant to fill the cache", "x=1", "/timeline"],
    ["a repeated value", "actor=qatar&actor=qatar", "/timeline?actor=qatar"],
    ["spaces around and inside the search", "q=++truce+++talks+", "/timeline?q=truce+talks"],
    ["a page beside an entry (the entry wins)", "entry=talks-ongoing&p=1", "/timeline?entry=talks-ongoing"],
  ])("redirects %s to the canonical address", (_name, query, location) => {
    expect(route(query)).toEqual({ kind: "redirect", location });
  });

  it.each([
    ["an unknown actor", "actor=atlantis"],
    ["an unknown type", "type=tweet"],
    ["an impossible date", "from=2025-02-30"],
    ["dates the wrong way round", "from=2025-07-01&to=2025-06-01"],
    ["a page that is not a number", "p=zero"],
    ["a page past the last", "p=99"],
    ["an unknown entry", "entry=nope"],
    ["two different searches", "q=a&q=b"],
    ["an overlong search", `q=${"x".repeat(300)}`],
  ])("renders %s per request, with notices", (_name, query) => {
    expect(route(query)).toEqual({ kind: "render" });
  });

  it("ignores the parameter Next.js adds to its own requests", () => {
    expect(route("actor=qatar&_rsc=1x2y")).toEqual(route("actor=qatar"));
  });

  it("gives every spelling of a view the same cache key, via one redirect", () => {
    const target = route("actor=qatar&type=statement");
    for (const spelling of ["type=statement&actor=qatar", "actor=QATAR&type=statement&order=newest&utm_medium=x"]) {
      const first = route(spelling);
      expect(first.kind).toBe("redirect");
      if (first.kind !== "redirect") continue;
      expect(route(new URL(first.location, "http://x").searchParams.toString())).toEqual(target);
    }
  });
});

describe("routeTimeline for the embed", () => {
  it("canonicalises /embed/timeline exactly as /timeline, redirecting to the embed's own address", () => {
    const embed = (query: string) => routeTimeline(new URLSearchParams(query), index, "/embed/timeline");
    expect(embed("actor=Qatar&utm_source=x")).toEqual({ kind: "redirect", location: "/embed/timeline?actor=qatar" });
    expect(embed("actor=qatar")).toEqual(route("actor=qatar"));
    expect(embed("actor=atlantis")).toEqual({ kind: "render" });
  });
});
