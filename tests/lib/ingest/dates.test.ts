import { describe, expect, it } from "vitest";
import { draftOf } from "@/tests/support/ingest-draft";

// Published on Wednesday 25 June 2025 unless a case says otherwise.
type Case = [sentence: string, expression: string, date: string, precision: string];

const DATES: Case[] = [
  ["Qatar said on Wednesday that talks continue.", "on Wednesday", "2025-06-25", "day"],
  ["The envoy arrived on Monday.", "on Monday", "2025-06-23", "day"],
  ["Talks are expected to resume on Wednesday.", "on Wednesday", "2025-07-02", "day"],
  ["The negotiators will meet on Tuesday in Cairo.", "on Tuesday", "2025-07-01", "day"],
  ["The plan was first floated in January.", "January", "2025-01-31", "month"],
  ["The talks collapsed in October.", "October", "2024-10-31", "month"],
  ["The offer was made in October last year.", "October last year", "2024-10-31", "month"],
  ["Since late May, the talks have been frozen.", "late May", "2025-05-31", "month"],
  ["The truce collapsed on March 2.", "March 2", "2025-03-02", "day"],
  ["The war began on 7 October 2023.", "7 October 2023", "2023-10-07", "day"],
  ["Militants took 250 hostages in the Oct. 7 attack.", "Oct. 7", "2023-10-07", "day"],
];

describe("dates: resolved against the publication date", () => {
  it.each(DATES)("%s", (sentence, expression, date, precision) => {
    const found = draftOf(sentence).dates.find((d) => d.text.includes(expression));
    expect(found, JSON.stringify(draftOf(sentence).dates)).toMatchObject({ date, precision });
  });

  it("gives “last week” an approximate date about a week back", () => {
    const found = draftOf("Mediators met last week in Doha.").dates[0];
    expect(found).toMatchObject({ text: "last week", precision: "approximate" });
    expect(found!.date < "2025-06-25" && found!.date >= "2025-06-16").toBe(true);
  });

  it("counts “a day earlier” from the date last given, and “the same day” as it", () => {
    const dates = draftOf("The envoy arrived on Monday. A statement a day earlier had said so. He left the same day.").dates;
    expect(dates.map((d) => [d.text, d.date])).toEqual([
      ["on Monday", "2025-06-23"],
      ["a day earlier", "2025-06-22"],
      ["the same day", "2025-06-22"],
    ]);
  });

  it("infers a year-less month-day from the publication year, back a year when it would be ahead", () => {
    const dates = draftOf("The strike on November 3 was condemned.", "2024-03-26").dates;
    expect(dates[0]).toMatchObject({ date: "2023-11-03", precision: "day" });
  });

  it("keeps each expression's offsets and its sentence verbatim", () => {
    const body = "Intro line.\nThe envoy arrived on Monday, officials said.";
    const [found] = draftOf(body).dates;
    expect(body.slice(found!.start, found!.end)).toBe(found!.text);
    expect(found!.quote).toBe("The envoy arrived on Monday, officials said.");
  });

  it("ignores words that are no dates: “now”, a month word used as a verb, a duration", () => {
    expect(draftOf("Talks may resume now after a week-long pause.").dates).toEqual([]);
  });
});
