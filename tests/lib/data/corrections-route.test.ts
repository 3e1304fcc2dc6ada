import { describe, expect, it } from "vitest";
import { routeCorrections } from "@/lib/data/corrections-route";
import { queryOfViewKey } from "@/lib/params/view-key";
import { buildCorrectionIndex } from "@/lib/queries/correction-index";
import { CORRECTIONS_PAGE_SIZE, correctionHref } from "@/lib/queries/corrections-log";
import { buildCorrection } from "../../support/dataset-builder";

// Enough corrections for three pages, the last one short; ids sort as the log lists them (one day, then by id).
const COUNT = CORRECTIONS_PAGE_SIZE * 2 + 3;
const ids = Array.from({ length: COUNT }, (_, i) => `fix-${String(i).padStart(3, "0")}`);
// Every third one corrects an actor, the rest the builder's event: 18 actor corrections, one page of them.
const corrections = buildCorrectionIndex(ids.map((id, i) => buildCorrection(i % 3 === 0 ? { id, recordKind: "actor", recordId: "hamas" } : { id })));
const route = (query: string) => routeCorrections(new URLSearchParams(query), corrections);

describe("routeCorrections", () => {
  it.each([
    ["", ""],
    ["p=2", "p=2"],
    ["p=3", "p=3"],
    ["entry=fix-000", "entry=fix-000"],
    ["kind=actor", "kind=actor"],
    ["kind=event&p=2", "kind=event&p=2"],
  ])("serves the canonical address %j from its cached view", (query, canonical) => {
    const result = route(query);
    expect(result.kind).toBe("view");
    if (result.kind === "view") expect(queryOfViewKey(result.key)).toBe(canonical);
  });

  it.each([
    ["page 1 spelled out", "p=1", "/corrections"],
    ["`page` for `p`", "page=2", "/corrections?p=2"],
    ["a repeated page", "p=2&p=2", "/corrections?p=2"],
    ["a page beside an entry (the entry wins)", "entry=fix-000&p=3", "/corrections?entry=fix-000"],
    ["an entry in upper case", "entry=FIX-000", "/corrections?entry=fix-000"],
    ["an unknown parameter", "utm_source=x&p=2", "/corrections?p=2"],
    ["a blank page, as a form without scripts sends it", "p=", "/corrections"],
    ["a kind in upper case, after the page", "p=2&kind=EVENT", "/corrections?kind=event&p=2"],
    ["a kind beside an entry (the entry opens the whole log's page)", "kind=actor&entry=fix-001", "/corrections?entry=fix-001"],
    ["a blank kind", "kind=", "/corrections"],
  ])("redirects %s to the canonical address", (_name, query, location) => {
    expect(route(query)).toEqual({ kind: "redirect", location });
  });

  it.each([
    ["a page that is not a number", "p=two"],
    ["page 0", "p=0"],
    ["a page past the last", "p=4"],
    ["two different pages", "p=2&p=3"],
    ["an unknown entry", "entry=no-such-fix"],
    ["an unknown kind", "kind=tweet"],
    ["a page past the last of a kind", "kind=actor&p=2"],
  ])("renders %s per request, with notices", (_name, query) => {
    expect(route(query)).toEqual({ kind: "render" });
  });

  it("ignores the parameter Next.js adds to its own requests", () => {
    expect(route("p=2&_rsc=1x2y")).toEqual(route("p=2"));
  });
});

describe("correctionHref", () => {
  it("links each correction to the page of the log that holds it, newest first, page 1 without `p`", () => {
    expect(correctionHref(corrections, ids[0]!)).toBe(`/corrections#${ids[0]}`);
    expect(correctionHref(corrections, ids[CORRECTIONS_PAGE_SIZE - 1]!)).toBe(`/corrections#${ids[CORRECTIONS_PAGE_SIZE - 1]}`);
    expect(correctionHref(corrections, ids[CORRECTIONS_PAGE_SIZE]!)).toBe(`/corrections?p=2#${ids[CORRECTIONS_PAGE_SIZE]}`);
    expect(correctionHref(corrections, ids.at(-1)!)).toBe(`/corrections?p=3#${ids.at(-1)}`);
  });

  it("puts a newer correction first, moving the older ones on", () => {
    const later = buildCorrectionIndex([...ids.map((id) => buildCorrection({ id })), buildCorrection({ id: "zz-newest", date: "2026-11-04" })]);
    expect(correctionHref(later, "zz-newest")).toBe("/corrections#zz-newest");
    expect(correctionHref(later, ids[CORRECTIONS_PAGE_SIZE - 1]!)).toBe(`/corrections?p=2#${ids[CORRECTIONS_PAGE_SIZE - 1]}`);
  });
});
