import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseFrontMatter, parseSimpleFrontMatter } from "@/lib/data/front-matter";

/** js-yaml's reading, the reference: a value, or the error it throws. */
function reference(yaml: string): unknown {
  try {
    return { value: load(yaml, { schema: CORE_SCHEMA }) ?? {} };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function ours(yaml: string): unknown {
  try {
    return { value: parseFrontMatter(yaml) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const BLOCK = '\nid: "a-1"\ntitle: "Talks \\"resume\\" in Doha — ‘quietly’"\noutlet: null\npublishedEvidence:\n  - "Tuesday"\n  - "a \\\\ backslash, a \\/ slash, \\u00e9"\nseedFile: "000_a.txt"';
const FLOW = '\nid: "a-1"\nnotes: ["one", "two \\"quoted\\"", "\\t tab escape"]\nempty: []';

describe("parseSimpleFrontMatter", () => {
  it.each([
    ["block lists, as data/ writes them", BLOCK],
    ["flow lists, as the benchmark's generator writes them", FLOW],
  ])("reads %s itself, as js-yaml does", (_name, yaml) => {
    expect(parseSimpleFrontMatter(yaml)).toBeDefined();
    expect(ours(yaml)).toEqual(reference(yaml));
  });

  it.each([
    ["an unquoted date", "\npublished: 2025-06-25"],
    ["a number", "\ncount: 3"],
    ["a repeated key", '\nid: "a"\nid: "b"'],
    ["a comment", '\nid: "a" # note'],
    ["a YAML-only escape", '\nid: "\\x41"'],
    ["a key with no items", "\nnotes:\nid: \"a\""],
    ["an object", '\nid: {"a": "b"}'],
    ["a raw tab", '\nid: "a\tb"'],
    ["a C1 control character", '\nid: "a\u0085b\u0086"'],
    ["Windows line ends", '\nid: "a"\r\ntitle: "b"'],
    ["a blank line", '\nid: "a"\n\ntitle: "b"'],
    ["an empty block", ""],
    ["an unclosed string", '\ntitle: "Talks continue'],
    ["a list item at another indent", 'notes:\n    - "a"'],
  ])("leaves %s to js-yaml, which reads it or reports its own error", (_name, yaml) => {
    expect(parseSimpleFrontMatter(yaml)).toBeUndefined();
    expect(ours(yaml)).toEqual(reference(yaml));
  });
});
