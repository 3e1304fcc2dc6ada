import { describe, expect, it } from "vitest";
import { draftOf } from "@/tests/support/ingest-draft";

type Case = [sentence: string, expected: [value: number, metric: string, qualifier: string][]];

const FIGURES: Case[] = [
  ["Nearly 60,000 Palestinians have been killed in Gaza, the health ministry says.", [[60000, "deaths-gaza", "nearly"]]],
  ["At least 100 hostages remain in Gaza.", [[100, "hostages-held", "at-least"]]],
  ["Some 1,200 people were killed in the October 7 attack on Israel.", [[1200, "deaths-israel-oct7", "approximately"]]],
  ["Gunmen abducted more than 240 people that day.", [[240, "hostages-taken", "over"]]],
  ["Hamas released 33 hostages during the truce.", [[33, "hostages-released", "exact"]]],
  ["Israel has freed 1,800 Palestinian prisoners since January.", [[1800, "prisoners-released", "exact"]]],
  ["About 35 of the hostages are believed to be dead.", [[35, "hostages-dead", "approximately"]]],
  ["Only 22 are thought to be alive.", [[22, "hostages-alive", "exact"]]],
  ["Roughly 90,000 people were displaced from Rafah last week.", [[90000, "people-displaced", "approximately"]]],
  ["Of the 58 hostages still held, 20 are believed to be alive.", [[58, "hostages-held", "exact"], [20, "hostages-alive", "exact"]]],
  ["Israel estimates that 20 of the 50 hostages still in Gaza are alive.", [[20, "hostages-alive", "exact"], [50, "hostages-held", "exact"]]],
  ["During the truce, Hamas freed 25 living hostages.", [[25, "hostages-released", "exact"]]],
  ["Around 100 remain in Gaza, officials say.", [[100, "hostages-held", "approximately"]]],
  ["About 1.9 million Gazans, or roughly 90% of the population, have been displaced.", [[1900000, "people-displaced", "approximately"]]],
];

// Terms of a deal, durations and other numbers that count nothing the dataset tracks.
const NOT_FIGURES: string[] = [
  "Under the deal, 50 hostages would be freed in exchange for 150 prisoners.",
  "Israel would release 150 Palestinian prisoners in the first phase.",
  "The proposal includes the release of 10 living hostages and 18 bodies.",
  "The 60-day truce began on 19 January.",
  "The cabinet met for 6 hours on 12 May 2025.",
  "Security Council Resolution 2728 passed with 14 votes.",
  "They hold 49 of whom were seized in 2023.",
  "Israeli air strikes killed at least 45 people across the Gaza Strip overnight.",
];

describe("figures: value, metric and qualifier", () => {
  it.each(FIGURES)("%s", (sentence, expected) => {
    const counts = draftOf(sentence).counts.map((c) => [c.value, c.metric, c.qualifier]);
    expect(counts).toEqual(expected);
  });

  it.each(NOT_FIGURES)("no figure in: %s", (sentence) => {
    expect(draftOf(sentence).counts).toEqual([]);
  });
});

describe("figures: date and reporter", () => {
  it("dates a present-tense figure to the article and credits “according to”", () => {
    const [count] = draftOf("According to the IDF, 59 hostages remain in Gaza.", "2025-05-01").counts;
    expect(count).toMatchObject({ date: "2025-05-01", precision: "day", reportedById: "idf", attribution: "According to the IDF" });
  });

  it("dates the toll of 7 October 2023 to that day, whatever the article's date", () => {
    const [count] = draftOf("Hamas-led militants killed about 1,200 people in southern Israel on October 7, 2023.", "2025-05-01").counts;
    expect(count).toMatchObject({ metric: "deaths-israel-oct7", date: "2023-10-07" });
  });

  it("credits an attribution after the figure (“…, the ministry says”)", () => {
    const [count] = draftOf("More than 52,000 Palestinians have been killed in Gaza, Israel’s military says.").counts;
    expect(count).toMatchObject({ value: 52000, reportedById: "idf", attribution: "Israel’s military says" });
  });

  it("keeps an unattributed figure unattributed", () => {
    const [count] = draftOf("Over 57,000 Palestinians have been killed in Gaza.").counts;
    expect(count?.reportedById).toBeUndefined();
    expect(count?.attribution).toBe("Not attributed in the article");
  });

  it("carries the attribution into a sentence that opens with its figure", () => {
    const counts = draftOf("According to the IDF, 35 of the hostages are dead. Twenty are believed to be alive.").counts;
    expect(counts.map((c) => [c.value, c.metric, c.reportedById])).toEqual([
      [35, "hostages-dead", "idf"],
      [20, "hostages-alive", "idf"],
    ]);
  });
});
