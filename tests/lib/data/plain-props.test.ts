import { describe, expect, it } from "vitest";
import { plainProps } from "@/lib/data/plain-props";

describe("plainProps", () => {
  it("drops undefined fields, which getStaticProps refuses, at any depth", () => {
    const props = { a: 1, b: undefined, nested: { c: "x", d: undefined, list: [{ e: undefined, f: true }] } };
    const plain = plainProps(props);
    expect(plain).toEqual({ a: 1, nested: { c: "x", list: [{ f: true }] } });
    expect("b" in plain).toBe(false);
    expect("d" in plain.nested).toBe(false);
  });

  it("keeps strings, numbers, booleans, nulls, arrays and their order", () => {
    const props = { s: "“quoted” <b>", n: -0.5, t: false, z: null, list: ["b", "a", 3] };
    expect(plainProps(props)).toStrictEqual(props);
  });

  it("returns a copy, not the frozen model itself", () => {
    const model = Object.freeze({ list: Object.freeze([1, 2]) });
    const plain = plainProps(model);
    expect(plain).not.toBe(model);
    expect(Object.isFrozen(plain)).toBe(false);
  });
});
