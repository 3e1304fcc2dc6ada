import { describe, expect, it } from "vitest";
import { getReviewPage } from "@/lib/review/review-page";
import { DRAFT_BODY, DRAFT_ID, buildDraft, writeReviewDataDir } from "../../support/draft-builder";

describe("getReviewPage", () => {
  it("numbers the records in reading order and marks each passage in the text", () => {
    const result = getReviewPage(writeReviewDataDir(), DRAFT_ID);
    if (!result.ok) throw new Error("expected a page");
    const { items, article } = result.page;
    expect(items.map((item) => [item.number, item.collection, item.id])).toEqual([
      [1, "statements", "qatar-talks-ongoing"],
      [2, "actors", "egyptian-official"],
      [3, "statements", "egyptian-official-within-reach"],
      [4, "counts", "hostages-alive-army"],
    ]);
    if (!article.ok) throw new Error("expected the article text");
    const marked = article.paragraphs.flatMap((p) => p.segments.filter((s) => s.starts.length > 0).map((s) => [s.starts, s.text]));
    expect(marked).toEqual([
      [[1], "Mediator Qatar said Tuesday that talks are “ongoing”."],
      [[2, 3], "An Egyptian official"],
      [[4], "at least 20 hostages were alive"],
    ]);
  });

  it.each([
    { name: "a statement by a described speaker", id: "egyptian-official-within-reach", heading: "An Egyptian official: “within reach”", field: ["Venue", "told reporters in Cairo"] },
    { name: "a figure", id: "hostages-alive-army", heading: "at least 20: Hostages believed alive", field: ["Figure", "20 · qualifier: at-least"] },
    { name: "a statement with no stated venue", id: "qatar-talks-ongoing", heading: "Qatar: “ongoing”", field: ["Venue", "not stated"] },
  ])("describes $name readably", ({ id, heading, field }) => {
    const result = getReviewPage(writeReviewDataDir(), DRAFT_ID);
    if (!result.ok) throw new Error("expected a page");
    const item = result.page.items.find((candidate) => candidate.id === id)!;
    expect(item.heading).toBe(heading);
    expect(item.fields).toContainEqual({ label: field[0], value: field[1] });
  });

  it("heads a paraphrase without quotation marks", () => {
    const draft = buildDraft();
    Object.assign(draft.statements[1]!, { quoteKind: "paraphrase", isDirectQuote: false });
    const result = getReviewPage(writeReviewDataDir(draft), DRAFT_ID);
    expect(result.ok && result.page.items.find((item) => item.id === "qatar-talks-ongoing")?.heading).toBe("Qatar (paraphrased): ongoing");
  });

  it("says a record's offsets fall outside the text rather than marking anything", () => {
    const draft = buildDraft();
    Object.assign(draft.counts[0]!.review, { start: DRAFT_BODY.length + 5, end: DRAFT_BODY.length + 9 });
    const result = getReviewPage(writeReviewDataDir(draft), DRAFT_ID);
    if (!result.ok) throw new Error("expected a page");
    expect(result.page.items.find((item) => item.id === "hostages-alive-army")?.isPlaced).toBe(false);
  });

  it("reports a missing draft as missing", () => {
    expect(getReviewPage(writeReviewDataDir(), "nope")).toMatchObject({ ok: false, missing: true });
  });
});
