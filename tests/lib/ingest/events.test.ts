import { describe, expect, it } from "vitest";
import { draftOf } from "@/tests/support/ingest-draft";

describe("events: dated sentences naming known actors", () => {
  it.each([
    ["Talks between Israel and Hamas resumed in Doha on Monday.", "talks", "2025-06-23", ["israel", "hamas"]],
    ["Hamas rejected the offer on Sunday.", "rejection", "2025-06-22", ["hamas"]],
    ["Hamas freed three hostages on January 19.", "release", "2025-01-19", ["hamas"]],
    ["Israel struck targets in Gaza in May.", "military", "2025-05-31", ["israel"]],
  ])("%s", (sentence, type, date, actorIds) => {
    expect(draftOf(sentence).events).toMatchObject([{ type, date, actorIds, review: { status: "pending" } }]);
  });

  it.each([
    ["no date", "Talks between Israel and Hamas resumed in Doha."],
    ["a future date", "Talks between Israel and Hamas will resume on Monday."],
    ["no known actor", "Talks resumed in Doha on Monday."],
  ])("no event with %s", (_name, sentence) => {
    expect(draftOf(sentence).events).toEqual([]);
  });
});
