import { describe, expect, it } from "vitest";
import { findVenue } from "@/lib/ingest/venues";

describe("findVenue", () => {
  it.each([
    ["Ansari told Al Jazeera that talks continue", "told Al Jazeera"],
    ["Hamas said in a statement that it accepted", "in a statement"],
    ["Ansari told reporters in Doha that", "told reporters in Doha"],
    ["Ansari told a Doha press conference that", "told a Doha press conference"],
    ["the official told The Jerusalem Post.", "told The Jerusalem Post"],
    ["Speaking to Channel 12, the minister said", "Speaking to Channel 12"],
    ["Netanyahu said in an interview with Fox News that", "in an interview with Fox News"],
    ["the movement said on Telegram", "on Telegram"],
  ])("%s → %s", (text, venue) => {
    expect(findVenue(text)).toBe(venue);
  });

  it.each(["Ansari said the talks continue", "the official added", "he told them to wait"])("no venue in: %s", (text) => {
    expect(findVenue(text)).toBeUndefined();
  });
});
