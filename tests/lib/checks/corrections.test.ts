import { rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorrections, todayUtc } from "@/lib/checks/corrections";
import { loadDataset } from "@/lib/data/load-dataset";
import type { Dataset } from "@/lib/schema/dataset";
import { buildCorrection, buildDataset, withCorrections, writeDataDir } from "../../support/dataset-builder";
import { loadIssues } from "../../support/data-issues";

const TODAY = "2026-11-29";
type Correction = Dataset["corrections"][number];

/** The builder's dataset with exactly these corrections. */
function withOnly(...corrections: Correction[]): Dataset {
  return { ...buildDataset(), corrections };
}

describe("checkCorrections", () => {
  it("accepts an edit, a merge and a removal that point at the right records", () => {
    expect(checkCorrections(withCorrections(buildDataset()), TODAY)).toEqual([]);
  });

  it.each<{ name: string; corrections: Correction[]; path: string; reason: RegExp }>([
    {
      name: "an edit of a record that does not exist",
      corrections: [buildCorrection({ recordId: "no-such-event" })],
      path: '[0].recordId (id "fix-event-title")',
      reason: /^unknown event "no-such-event"$/,
    },
    {
      name: "an addition of a record that does not exist",
      corrections: [buildCorrection({ action: "added", recordKind: "count", recordId: "talks-ongoing" })],
      path: '[0].recordId (id "fix-event-title")',
      reason: /^unknown count "talks-ongoing"$/,
    },
    {
      name: "a removed record still in the data",
      corrections: [buildCorrection({ action: "removed", before: undefined, after: undefined })],
      path: '[0].recordId (id "fix-event-title")',
      reason: /event "talks-ongoing" is still in events: a removed record must be taken out of the data/,
    },
    {
      name: "a merged record still in the data",
      corrections: [buildCorrection({ action: "merged", recordKind: "actor", recordId: "hamas-spokesman", mergedInto: "hamas" })],
      path: '[0].recordId (id "fix-event-title")',
      reason: /actor "hamas-spokesman" is still in actors: a merged record must be taken out of the data/,
    },
    {
      name: "a merge that does not say into what",
      corrections: [buildCorrection({ action: "merged", recordId: "gone" })],
      path: '[0].mergedInto (id "fix-event-title")',
      reason: /required when the action is "merged"/,
    },
    {
      name: "a merge into a record that does not exist",
      corrections: [buildCorrection({ action: "merged", recordId: "gone", mergedInto: "nowhere" })],
      path: '[0].mergedInto (id "fix-event-title")',
      reason: /^unknown event "nowhere"$/,
    },
    {
      name: "a merge into a record of another kind",
      corrections: [buildCorrection({ action: "merged", recordKind: "statement", recordId: "gone", mergedInto: "talks-ongoing" })],
      path: '[0].mergedInto (id "fix-event-title")',
      reason: /^unknown statement "talks-ongoing"$/,
    },
    {
      name: "mergedInto on a correction that is not a merge",
      corrections: [buildCorrection({ mergedInto: "talks-ongoing" })],
      path: '[0].mergedInto (id "fix-event-title")',
      reason: /only a merged record names mergedInto \(the action is "edited"\)/,
    },
    {
      name: "an edit without the value before or after",
      corrections: [buildCorrection({ before: undefined, after: undefined })],
      path: '[0].before (id "fix-event-title")',
      reason: /an "edited" correction needs before, after or both/,
    },
    {
      name: "an edit that changes nothing",
      corrections: [buildCorrection({ before: "same", after: "same" })],
      path: '[0].after (id "fix-event-title")',
      reason: /same as before/,
    },
    {
      name: "two corrections with one id",
      corrections: [buildCorrection(), buildCorrection({ date: "2026-11-04" })],
      path: "[1].id",
      reason: /duplicate id "fix-event-title" \(first used at \[0\]\)/,
    },
    {
      name: "a correction dated after today",
      corrections: [buildCorrection({ date: "2026-11-30" })],
      path: '[0].date (id "fix-event-title")',
      reason: /2026-11-30 is in the future \(today is 2026-11-29\)/,
    },
  ])("flags $name", ({ corrections, path: where, reason }) => {
    const issues = checkCorrections(withOnly(...corrections), TODAY);
    expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "corrections.json", path: where });
    expect(issues[0]!.reason).toMatch(reason);
  });

  it.each<[Correction["recordKind"], string]>([
    ["actor", "hamas-spokesman"],
    ["event", "talks-ongoing"],
    ["statement", "hamas-no-proposals"],
    ["proposal", "us-plan"],
    ["count", "gaza-deaths"],
    ["article", "test-article"],
  ])("looks a %s up among its own kind", (recordKind, recordId) => {
    expect(checkCorrections(withOnly(buildCorrection({ recordKind, recordId })), TODAY)).toEqual([]);
    // The same id under every other kind is unknown there (the builder's ids differ across kinds).
    const elsewhere = (["actor", "event", "statement", "proposal", "count", "article"] as const).filter((kind) => kind !== recordKind);
    for (const kind of elsewhere) {
      expect(checkCorrections(withOnly(buildCorrection({ recordKind: kind, recordId })), TODAY).map((i) => i.reason)).toEqual([`unknown ${kind} "${recordId}"`]);
    }
  });

  it("accepts an edit that adds a field the record did not have (after only) or takes one out (before only)", () => {
    expect(checkCorrections(withOnly(buildCorrection({ before: undefined })), TODAY)).toEqual([]);
    expect(checkCorrections(withOnly(buildCorrection({ after: undefined })), TODAY)).toEqual([]);
  });

  it("accepts a correction dated today, and reads today in UTC", () => {
    expect(checkCorrections(withOnly(buildCorrection({ date: TODAY })), TODAY)).toEqual([]);
    expect(todayUtc(new Date("2026-11-29T23:30:00-05:00"))).toBe("2026-11-30");
  });
});


describe("data/corrections.json through the loader", () => {
  it("loads corrections into the dataset", () => {
    const dataset = loadDataset(writeDataDir(withCorrections(buildDataset())));
    expect(dataset.corrections.map((c) => c.id)).toEqual(["fix-event-title", "merge-duplicate-event", "remove-statement"]);
  });

  it.each<{ name: string; dir: () => string; path: RegExp; reason: RegExp }>([
    {
      name: "evidence not quoted verbatim",
      dir: () => writeDataDir(withOnly(buildCorrection({ evidence: [{ articleId: "test-article", quote: "talks are in Doha, he said" }] }))),
      path: /^\[0\]\.evidence\[0\]\.quote \(id "fix-event-title"\)$/,
      reason: /quote not found in article "test-article"/,
    },
    {
      name: "evidence from an unknown article",
      dir: () => writeDataDir(withOnly(buildCorrection({ evidence: [{ articleId: "no-article", quote: 'talks are "ongoing"' }] }))),
      path: /^\[0\]\.evidence\[0\]\.articleId \(id "fix-event-title"\)$/,
      reason: /unknown article "no-article"/,
    },
    {
      name: "no evidence",
      dir: () => writeDataDir(withOnly(buildCorrection({ evidence: [] }))),
      path: /^\[0\]\.evidence \(id "fix-event-title"\)$/,
      reason: /every correction cites the passage it rests on/,
    },
    {
      name: "an impossible date",
      dir: () => writeDataDir(withOnly(buildCorrection({ date: "2026-02-30" }))),
      path: /^\[0\]\.date/,
      reason: /not a real calendar date/,
    },
    {
      name: "an unknown category",
      dir: () => writeDataDir({ ...buildDataset() }, { "corrections.json": JSON.stringify([{ ...buildCorrection(), category: "typo" }]) }),
      path: /^\[0\]\.category \(id "fix-event-title"\)$/,
      reason: /unsupported-assertion/,
    },
    {
      name: "an unknown action",
      dir: () => writeDataDir({ ...buildDataset() }, { "corrections.json": JSON.stringify([{ ...buildCorrection(), action: "rewritten" }]) }),
      path: /^\[0\]\.action/,
      reason: /edited/,
    },
    {
      name: "no reason",
      dir: () => writeDataDir(withOnly(buildCorrection({ reason: "  " }))),
      path: /^\[0\]\.reason/,
      reason: /say why the record was corrected/,
    },
    {
      name: "a removal of a record still there",
      dir: () => writeDataDir(withOnly(buildCorrection({ action: "removed" }))),
      path: /^\[0\]\.recordId \(id "fix-event-title"\)$/,
      reason: /still in events/,
    },
    {
      name: "a missing file",
      dir: () => {
        const dir = writeDataDir(buildDataset());
        rmSync(path.join(dir, "corrections.json"));
        return dir;
      },
      path: /^$/,
      reason: /file is missing/,
    },
    {
      name: "broken JSON",
      dir: () => writeDataDir(buildDataset(), { "corrections.json": "[{]" }),
      path: /^$/,
      reason: /invalid JSON/,
    },
  ])("names the file, the path and the reason for $name", ({ dir, path: where, reason }) => {
    const issues = loadIssues(dir());
    const match = issues.find((issue) => issue.file === "corrections.json" && where.test(issue.path) && reason.test(issue.reason));
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
  });

  it("does not hold a correction's own date against its evidence's article (corrections come after the news)", () => {
    const dataset = withOnly(buildCorrection({ date: "2026-01-01" }));
    expect(dataset.articles[0]!.published < "2026-01-01").toBe(true);
    expect(loadIssues(writeDataDir(dataset))).toEqual([]);
  });
});
