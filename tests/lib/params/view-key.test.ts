import { describe, expect, it } from "vitest";
import { searchParamsOfViewKey, viewKey } from "@/lib/params/view-key";

const key = (query: string) => viewKey(new URLSearchParams(query));

describe("viewKey", () => {
  it("is one URL-safe path segment", () => {
    expect(key("q=<script>alert(1)</script>&from=2025/06/01&actor=qatar")).toMatch(/^v[A-Za-z0-9_-]*$/);
    expect(key("")).toBe("v");
  });

  it("gives the same key whatever order the parameters come in", () => {
    expect(key("type=statement&actor=qatar")).toBe(key("actor=qatar&type=statement"));
  });

  it("keeps the order of a repeated parameter's values, which the page reads", () => {
    expect(key("actor=qatar&actor=egypt")).not.toBe(key("actor=egypt&actor=qatar"));
  });

  it("tells apart views that differ in any parameter, unknown ones included", () => {
    const keys = ["", "actor=qatar", "actor=qatar&p=2", "actor=qatar&sort=oldest", "q=truce", "q=Truce"].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("ignores the parameter Next.js adds to its own requests", () => {
    expect(key("actor=qatar&_rsc=1x2y")).toBe(key("actor=qatar"));
  });
});

describe("searchParamsOfViewKey", () => {
  it("gives back the query as a page's searchParams: single values as strings, repeats as lists", () => {
    expect(searchParamsOfViewKey(key("type=statement&actor=qatar&actor=egypt&q=ceasefire talks"))).toEqual({
      actor: ["qatar", "egypt"],
      q: "ceasefire talks",
      type: "statement",
    });
    expect(searchParamsOfViewKey(key(""))).toEqual({});
  });

  it("round-trips text outside ASCII and markup unchanged", () => {
    expect(searchParamsOfViewKey(key("q=%D8%BA%D8%B2%D8%A9 <b>&entry=x"))).toEqual({ q: "غزة <b>", entry: "x" });
  });

  it("rejects what no key looks like", () => {
    for (const bad of ["", "x", "vé", "v+/=", "timeline"]) expect(searchParamsOfViewKey(bad)).toBeUndefined();
  });
});
