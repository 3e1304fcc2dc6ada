import { z } from "zod";
import { describe, expect, it } from "vitest";
import { checkInferredFields, InferencesSchema, IsoDateSchema } from "@/lib/schema/primitives";

describe("IsoDateSchema", () => {
  it.each([
    ["2025-06-25"],
    ["2024-02-29"], // leap year
    ["2000-02-29"], // divisible by 400: leap
    ["2025-12-31"],
  ])("accepts %s", (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ["2025-02-30", "impossible day"],
    ["2025-02-29", "not a leap year"],
    ["1900-02-29", "divisible by 100, not by 400"],
    ["2025-04-31", "April has 30 days"],
    ["2025-13-01", "no 13th month"],
    ["2025-00-10", "no month 0"],
    ["2025-6-25", "month not zero-padded"],
    ["25-06-2025", "day first"],
    ["2025-06-25T00:00:00Z", "a timestamp"],
    ["", "empty"],
  ])("rejects %s (%s) and says what is wanted", (value) => {
    const result = IsoDateSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["is not a real calendar date written YYYY-MM-DD"]);
  });

  it("keeps zod's message for a value that is not a string, so the loader can say a field is missing", () => {
    expect(IsoDateSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(/expected string, received undefined/);
    expect(IsoDateSchema.safeParse(20250625).error?.issues[0]?.message).toMatch(/expected string, received number/);
  });
});

describe("checkInferredFields", () => {
  const RecordSchema = z.object({ date: z.string().optional(), provisions: z.object({}).optional(), inferred: InferencesSchema }).superRefine(checkInferredFields);
  const inferring = (field: string, fields: object = {}) => RecordSchema.safeParse({ ...fields, inferred: [{ field, reason: "why" }] });

  it.each([
    ["a field", "date", { date: "2025-01-01" }],
    ["a path into a field", "provisions.truceLength", { provisions: {} }],
    ["an index into a field", "date[0]", { date: "2025-01-01" }],
  ])("accepts %s the record has", (_name, field, fields) => {
    expect(inferring(field, fields).success).toBe(true);
  });

  it.each([["date"], ["provisions.truceLength"], ["statusHistory[1]"], ["dateLabel.x"]])("rejects %s when the record has no such field", (field) => {
    expect(inferring(field).error?.issues).toEqual([expect.objectContaining({ path: ["inferred", 0, "field"], message: `names "${field}", which this record does not have` })]);
  });
});
