import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/format/csv";
import { parseCsv } from "../../browser/support/figures-csv";

describe("csvField (RFC 4180)", () => {
  it.each<[string, string | number | null | undefined, string]>([
    ["plain text as is", "Israel claims", "Israel claims"],
    ["numbers as digits", 57000, "57000"],
    ["missing as empty", undefined, ""],
    ["null as empty", null, ""],
    ["a comma quoted", "over 57,000", '"over 57,000"'],
    ["double quotes doubled", 'talks are "ongoing"', '"talks are ""ongoing"""'],
    ["a line feed quoted", "line one\nline two", '"line one\nline two"'],
    ["a carriage return quoted", "a\rb", '"a\rb"'],
    ["curly quotes left alone", "‘Ongoing’", "‘Ongoing’"],
  ])("%s", (_name, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF", () => {
    expect(toCsv([["a", "b"], ["1", "2"]])).toBe("a,b\r\n1,2\r\n");
  });

  it("round-trips awkward fields through a strict reader", () => {
    const rows = [
      ["id", "quote"],
      ["x", 'He said "no", then left.\nLater: "yes".'],
      ["y", ""],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
