import { describe, expect, it } from "vitest";
import { readableValue } from "@/lib/format/correction-value";

describe("readableValue", () => {
  it.each([
    ["plain text stays as written", "Netanyahu said talks were progressing.", "Netanyahu said talks were progressing."],
    ["text that only looks bracketed stays", "[sic] as printed", "[sic] as printed"],
    ["a list of ids is a list", '["benjamin-netanyahu","arab-source"]', "benjamin-netanyahu; arab-source"],
    ["an empty list is none", "[]", "(none)"],
    [
      "sources are quoted passages with their article",
      '[{"articleId":"matzav-2025-06-25","quote":"Netanyahu claimed"}]',
      "“Netanyahu claimed” (matzav-2025-06-25)",
    ],
    [
      "a date with its precision is named field by field",
      '{"date":"2025-05-31","precision":"month","dateLabel":"By late May 2025"}',
      "Date: 2025-05-31 · Precision: month · Date label: By late May 2025",
    ],
    ["numbers and booleans read as themselves", '{"value":33,"isDirectQuote":false}', "Value: 33 · Is direct quote: false"],
    ["broken JSON is shown as written", '{"date": "2025-05-31"', '{"date": "2025-05-31"'],
  ])("%s", (_name, input, expected) => {
    expect(readableValue(input)).toBe(expected);
  });
});
