import { describe, expect, it } from "vitest";
import { findDateline, inferPublicationDate } from "@/lib/ingest/publication-date";
import { splitParagraphs } from "@/lib/ingest/paragraphs";
import { splitSentences } from "@/lib/ingest/sentences";
import { buildDataset } from "@/tests/support/dataset-builder";

const infer = (body: string) => {
  const paragraphs = splitParagraphs(body);
  return inferPublicationDate(paragraphs, paragraphs.flatMap((p) => splitSentences(body, p)), buildDataset().events);
};

describe("findDateline", () => {
  it.each([
    ["CAIRO, May 7 — Talks resumed.", { month: 5, day: 7 }],
    ["DOHA, Qatar, 7 May 2025 (Reuters) – Talks resumed.", { month: 5, day: 7, year: 2025 }],
    ["JERUSALEM, Oct. 12, 2024 - The cabinet met.", { month: 10, day: 12, year: 2024 }],
  ])("%s", (text, expected) => {
    expect(findDateline(splitParagraphs(text))).toMatchObject(expected);
  });

  it("finds none in ordinary prose", () => {
    expect(findDateline(splitParagraphs("On May 7, mediators met in Cairo — again."))).toBeUndefined();
  });
});

describe("inferPublicationDate", () => {
  it("fixes the date from a dateline with a year", () => {
    expect(infer("CAIRO, May 7, 2025 — Talks resumed.")).toMatchObject({ ok: true, published: "2025-05-07" });
  });

  it("narrows a weekday to the week after a dated event, and says it cannot fix the day", () => {
    // The builder's event "Qatar says talks are ongoing" is dated Tuesday 24 June 2025.
    const result = infer("Mediator Qatar said on Tuesday that the talks were ongoing.");
    expect(result.ok).toBe(false);
    expect(result.evidence.join(" ")).toMatch(/2025-06-24 to 2025-06-30/);
  });

  it("ignores a weekday in the future tense", () => {
    const result = infer("Qatar will say on Tuesday whether talks are ongoing.");
    expect(result).toMatchObject({ ok: false, evidence: [] });
  });

  it("asks when nothing anchors the date", () => {
    expect(infer("Talks resumed in Doha.")).toMatchObject({ ok: false, reason: expect.stringMatching(/no dateline/) });
  });
});
