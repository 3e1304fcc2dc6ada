import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, writeDataDir } from "../support/dataset-builder";
import { loadIssues } from "../support/data-issues";


function breakWith(mutate: (d: Dataset) => void): string {
  const dataset = structuredClone(buildDataset());
  mutate(dataset);
  return writeDataDir(dataset);
}

describe("loadDataset", () => {
  it("loads a valid dataset and freezes it", () => {
    const dataset = loadDataset(writeDataDir(buildDataset()));
    expect(dataset.events.map((e) => e.id)).toEqual(["talks-ongoing"]);
    expect(dataset.articles[0]?.body).toBe(buildDataset().articles[0]?.body);
    expect(Object.isFrozen(dataset.events[0])).toBe(true);
  });

  it("throws an error whose message names file, path and reason", () => {
    const dir = breakWith((d) => {
      d.events[0]!.sources[0]!.quote = "a sentence that is not there";
    });
    expect(() => loadDataset(dir)).toThrow(/events\.json: \[0\]\.sources\[0\]\.quote \(id "talks-ongoing"\): quote not found in article "test-article"/);
  });

  it.each<{ name: string; dir: () => string; file: string; path: RegExp; reason: RegExp }>([
    {
      name: "bad JSON",
      dir: () => writeDataDir(buildDataset(), { "events.json": '[{"id": "x",}]' }),
      file: "events.json",
      path: /^$/,
      reason: /invalid JSON: .*line 1, column/,
    },
    {
      name: "missing field",
      dir: () => breakWith((d) => void delete (d.events[0] as Partial<Dataset["events"][number]>).summary),
      file: "events.json",
      path: /^\[0\]\.summary \(id "talks-ongoing"\)$/,
      reason: /required field is missing/,
    },
    {
      name: "wrong type",
      dir: () => breakWith((d) => ((d.counts[0] as unknown as { value: string }).value = "57,000")),
      file: "counts.json",
      path: /^\[0\]\.value/,
      reason: /expected number/,
    },
    {
      name: "impossible date",
      dir: () => breakWith((d) => (d.events[0]!.date = "2025-02-30")),
      file: "events.json",
      path: /^\[0\]\.date/,
      reason: /not a real calendar date/,
    },
    {
      name: "unknown actor reference",
      dir: () => breakWith((d) => d.events[0]!.actorIds.push("atlantis")),
      file: "events.json",
      path: /^\[0\]\.actorIds\[1\]/,
      reason: /unknown actor "atlantis"/,
    },
    {
      name: "unknown proposal reference",
      dir: () => breakWith((d) => (d.statements[0]!.proposalIds = ["no-such-plan"])),
      file: "statements.json",
      path: /^\[0\]\.proposalIds\[0\]/,
      reason: /unknown proposal "no-such-plan"/,
    },
    {
      name: "unknown article",
      dir: () => breakWith((d) => (d.counts[0]!.sources[0]!.articleId = "missing-article")),
      file: "counts.json",
      path: /^\[0\]\.sources\[0\]\.articleId/,
      reason: /unknown article "missing-article"/,
    },
    {
      name: "quote not in article",
      dir: () =>
        breakWith((d) => {
          const provision = d.proposals[0]!.provisions.truceLength!;
          provision.sources[0]!.quote = "ninety days of calm";
        }),
      file: "proposals.json",
      path: /^\[0\]\.provisions\.truceLength\.sources\[0\]\.quote/,
      reason: /quote not found in article/,
    },
    {
      name: "duplicate id",
      dir: () => breakWith((d) => d.actors.push({ ...d.actors[0]! })),
      file: "actors.json",
      path: /^\[3\]\.id$/,
      reason: /duplicate id "qatar"/,
    },
    {
      name: "fact dated after its article",
      dir: () => breakWith((d) => (d.statements[0]!.date = "2025-07-01")),
      file: "statements.json",
      path: /^\[0\]\.date/,
      reason: /after the publication date 2025-06-25/,
    },
    {
      name: "same statement twice",
      dir: () => breakWith((d) => d.statements.push({ ...d.statements[0]!, id: "copy", sources: [{ articleId: "test-article", quote: "new proposals" }] })),
      file: "statements.json",
      path: /^\[1\]/,
      reason: /same speaker and words as "hamas-no-proposals"/,
    },
    {
      name: "edited article text",
      dir: () => breakWith((d) => (d.articles[0]!.body = d.articles[0]!.body.replace("Tuesday", "Monday"))),
      file: "articles/test-article.md",
      path: /^body$/,
      reason: /sha256 mismatch/,
    },
    {
      name: "statement text not in its articles",
      dir: () => breakWith((d) => (d.statements[0]!.text = "words nobody printed")),
      file: "statements.json",
      path: /^\[0\]\.text/,
      reason: /statement text not found/,
    },
  ])("catches $name", ({ dir, file, path, reason }) => {
    const issues = loadIssues(dir());
    const match = issues.find((issue) => issue.file === file && path.test(issue.path) && reason.test(issue.reason));
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
  });

  it("accepts quotes that differ only in quote style and white space", () => {
    const dir = breakWith((d) => (d.events[0]!.sources[0]!.quote = 'said   Tuesday that talks are "ongoing"'));
    expect(loadIssues(dir)).toEqual([]);
  });
});
