import { describe, expect, it } from "vitest";
import { allCorrectionViews, recordCorrectionViews, retiredEntryNotice, retiredNotice } from "@/lib/queries/correction-views";
import { recordHref } from "@/lib/queries/record-link";
import { buildIndex } from "@/lib/queries/dataset-index";
import { entryData } from "@/lib/queries/entry-data";
import { buildCorrection, buildDataset, withCorrections } from "../../support/dataset-builder";

const index = buildIndex(withCorrections(buildDataset()));

describe("correction views", () => {
  it("shows an edit with its record linked by title, before and after, the category in words and the evidence cited", () => {
    const [edit] = recordCorrectionViews(index, "event", "talks-ongoing");
    expect(edit).toEqual({
      id: "fix-event-title",
      date: "2026-11-03",
      dateText: "3 November 2026",
      href: "/corrections#fix-event-title",
      record: { kindLabel: "event", label: "Qatar says talks are ongoing", href: "/events/talks-ongoing", isRetired: false },
      action: "edited",
      actionLabel: "Changed",
      field: "title",
      fieldLabel: "the title",
      hasBefore: true,
      hasAfter: true,
      changes: [
        {
          kind: "replaced",
          before: { kind: "leaf", leaf: { kind: "text", text: "Qatar says talks are ongoing in Doha" } },
          after: { kind: "leaf", leaf: { kind: "text", text: "Qatar says talks are ongoing" } },
        },
      ],
      categoryLabel: "Said something the article does not say",
      reason: "The article does not say where Qatar said it.",
      evidence: [{ quote: 'talks are "ongoing"', articleId: "test-article", articleTitle: "Test article", outlet: null, published: "2025-06-25" }],
    });
  });

  it("names a merged record by its id (it has no title any more) and links where it went", () => {
    const merge = allCorrectionViews(index).find((c) => c.id === "merge-duplicate-event")!;
    expect(merge.record).toEqual({ kindLabel: "event", label: "talks-ongoing-again", href: "/events/talks-ongoing-again", isRetired: true });
    expect(merge.mergedInto).toEqual({ kindLabel: "event", label: "Qatar says talks are ongoing", href: "/events/talks-ongoing", isRetired: false });
    expect([merge.hasBefore, merge.changes]).toEqual([false, []]);
  });

  it("names a field in words, and one it has no words for as the data does", () => {
    const view = (field: string) => allCorrectionViews(buildIndex({ ...buildDataset(), corrections: [buildCorrection({ field })] }))[0]!.fieldLabel;
    expect([view("venue"), view("qualifier"), view("provisions.truceLength"), view("provisions.noSuchThing")]).toEqual([
      "where it was said",
      "how the figure is qualified",
      "the provision “Truce length”",
      "the field “provisions.noSuchThing”",
    ]);
  });

  it("links each kind of record to its permalink: statements and figures open on the timeline", () => {
    expect(
      (["actor", "event", "proposal", "article", "statement", "count"] as const).map((kind) => recordHref(kind, "x")),
    ).toEqual(["/actors/x", "/events/x", "/proposals/x", "/sources/x", "/timeline?entry=x#x", "/timeline?entry=x#x"]);
  });

  it("labels live records of every kind by their own name or title", () => {
    const labels = (
      [
        ["actor", "hamas-spokesman"],
        ["proposal", "us-plan"],
        ["article", "test-article"],
        ["statement", "hamas-no-proposals"],
        ["count", "gaza-deaths"],
      ] as const
    ).map(([recordKind, recordId]) => {
      const one = buildIndex({ ...buildDataset(), corrections: [buildCorrection({ recordKind, recordId })] });
      return allCorrectionViews(one)[0]!.record.label;
    });
    // A statement by its speaker and what was said; a figure by its metric and value.
    expect(labels).toEqual(["Hamas spokesman", "US plan", "Test article", "Hamas spokesman: Hamas said it had received no new proposals.", "Deaths reported in Gaza: over 57,000"]);
  });

  it("gives a retired record's permalink its notice, and nothing for a live or unknown id", () => {
    const notice = retiredNotice(index, "statement", "hamas-old-claim")!;
    expect(notice.kindLabel).toBe("statement");
    expect(notice.correction).toMatchObject({ id: "remove-statement", actionLabel: "Removed", reason: "The article reports no such statement." });
    expect(retiredNotice(index, "event", "talks-ongoing")).toBeUndefined();
    expect(retiredNotice(index, "event", "made-up")).toBeUndefined();
  });

  it("answers a timeline entry= permalink of a removed statement or merged event, never of a live entry", () => {
    expect(retiredEntryNotice(index, "hamas-old-claim")?.correction.id).toBe("remove-statement");
    expect(retiredEntryNotice(index, "talks-ongoing-again")?.correction.mergedInto?.href).toBe("/events/talks-ongoing");
    expect(retiredEntryNotice(index, "hamas-no-proposals")).toBeUndefined();
    expect(retiredEntryNotice(index, undefined)).toBeUndefined();
  });

  it("marks a corrected entry card with its latest correction; others carry no marker", () => {
    const corrected = entryData(index.timeline.find((e) => e.id === "talks-ongoing")!, index);
    expect(corrected.corrected).toEqual({ date: "2026-11-03", dateText: "3 November 2026", href: "/corrections#fix-event-title" });
    const plain = entryData(index.timeline.find((e) => e.id === "hamas-no-proposals")!, index);
    expect(plain).not.toHaveProperty("corrected");
  });

  it("marks a corrected figure, looked up as a count", () => {
    const withFigureFix = buildIndex({ ...buildDataset(), corrections: [buildCorrection({ recordKind: "count", recordId: "gaza-deaths", date: "2026-10-05" })] });
    const figure = entryData(withFigureFix.timeline.find((e) => e.id === "gaza-deaths")!, withFigureFix);
    expect(figure.corrected?.dateText).toBe("5 October 2026");
  });
});
