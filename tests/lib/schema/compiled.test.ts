import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compiledSchema } from "@/lib/schema/compiled";
import { FIXTURE_FILES } from "@/lib/schema/dataset";

// The loader parses with the compiled schemas; zod's runtime parser is the reference they must match.
const rawOf = (file: string): Record<string, unknown>[] => JSON.parse(readFileSync(path.join("data", file), "utf8"));

describe("compiledSchema", () => {
  it.each(Object.entries(FIXTURE_FILES))("parses the real %s exactly as the runtime parser does", (_, { file, schema }) => {
    const raw = rawOf(file);
    expect(compiledSchema(schema).parse(raw)).toEqual(schema.parse(raw));
  });

  // One broken field per kind of rule: types, formats, enums, bounds, defaults beside errors, refinements.
  it.each<[file: keyof typeof FIXTURE_FILES, breakRecord: (record: Record<string, unknown>) => void]>([
    ["events", (r) => delete r.summary],
    ["events", (r) => (r.date = "2025-02-30")],
    ["events", (r) => (r.type = "picnic")],
    ["events", (r) => (r.sources = [{ articleId: "Not A Slug", quote: "  short " }])],
    ["counts", (r) => (r.value = "57,000")],
    ["counts", (r) => Object.assign(r, { low: 5 })],
    ["statements", (r) => Object.assign(r, { isDirectQuote: !r.isDirectQuote, venueStated: false })],
    ["actors", (r) => (r.shortName = "a name far longer than twenty-four letters")],
    ["proposals", (r) => (r.provisions = { truceLength: { state: "maybe", value: "x", sources: [] } })],
    ["corrections", (r) => (r.reason = "   ")],
  ])("reports the runtime parser's issues for a broken %s record", (key, breakRecord) => {
    const { file, schema } = FIXTURE_FILES[key];
    const raw = rawOf(file);
    breakRecord(raw[0]!);
    const expected = schema.safeParse(raw);
    expect(expected.success).toBe(false);
    expect(compiledSchema(schema).safeParse(raw).error?.issues).toEqual(expected.error?.issues);
  });

  it("compiles each schema once", () => {
    expect(compiledSchema(FIXTURE_FILES.events.schema)).toBe(compiledSchema(FIXTURE_FILES.events.schema));
  });
});
