// The model's additions (docs/data-model.md): each rule rejects what breaks it, naming file, path and reason,
// and accepts the form the articles call for.
import { describe, expect, it } from "vitest";
import type { DataIssue } from "@/lib/checks/data-issue";
import { loadDataset } from "@/lib/data/load-dataset";
import type { Dataset } from "@/lib/schema/dataset";
import { DraftSchema } from "@/lib/schema/draft";
import { loadIssues } from "../../support/data-issues";
import { buildDataset, withArticleBody, writeDataDir } from "../../support/dataset-builder";

function issuesAfter(mutate: (d: Dataset) => void): DataIssue[] {
  const dataset = structuredClone(buildDataset());
  mutate(dataset);
  return loadIssues(writeDataDir(dataset));
}

type Dated = { date: string; precision: string; earliest?: string; latest?: string };
const statement = (d: Dataset) => d.statements[0]!;
const count = (d: Dataset) => d.counts[0]!;
const asDated = (record: object) => record as Dated;

describe("model rules: each names file, path and reason", () => {
  it.each<{ name: string; mutate: (d: Dataset) => void; file: string; path: RegExp; reason: RegExp }>([
    {
      name: "a range whose earliest is after its latest",
      mutate: (d) => Object.assign(asDated(d.events[0]!), { precision: "range", earliest: "2025-06-24", latest: "2025-06-01" }),
      file: "events.json",
      path: /^\[0\]\.earliest \(id "talks-ongoing"\)$/,
      reason: /earliest 2025-06-24 is after latest 2025-06-01/,
    },
    {
      name: "a range with one end",
      mutate: (d) => Object.assign(asDated(d.events[0]!), { precision: "range", earliest: "2025-06-01" }),
      file: "events.json",
      path: /^\[0\]\.latest/,
      reason: /needs both earliest and latest; latest is missing/,
    },
    {
      name: "a date outside its own range",
      mutate: (d) => Object.assign(asDated(d.events[0]!), { precision: "range", earliest: "2025-06-01", latest: "2025-06-10" }),
      file: "events.json",
      path: /^\[0\]\.date/,
      reason: /2025-06-24 lies outside its range 2025-06-01 to 2025-06-10/,
    },
    {
      name: "a range not called a range",
      mutate: (d) => Object.assign(asDated(d.events[0]!), { earliest: "2025-06-20", latest: "2025-06-25" }),
      file: "events.json",
      path: /^\[0\]\.precision/,
      reason: /is "day" but earliest and latest make it a range/,
    },
    {
      name: "a range ending after its article",
      mutate: (d) => Object.assign(asDated(d.events[0]!), { precision: "range", earliest: "2025-06-20", latest: "2025-06-30" }),
      file: "events.json",
      path: /^\[0\]\.latest/,
      reason: /2025-06-30 is after the publication date 2025-06-25/,
    },
    {
      name: "an inference about a field the record lacks",
      mutate: (d) => (d.events[0]!.inferred = [{ field: "speakerId", reason: "a guess" }]),
      file: "events.json",
      path: /^\[0\]\.inferred\[0\]\.field/,
      reason: /names "speakerId", which this record does not have/,
    },
    {
      name: "a direct quote kind with isDirectQuote false",
      mutate: (d) => (statement(d).isDirectQuote = false),
      file: "statements.json",
      path: /^\[0\]\.quoteKind/,
      reason: /only a direct quote has isDirectQuote true/,
    },
    {
      name: "a described speaker without the article's words",
      mutate: (d) => (statement(d).speakerKind = "described"),
      file: "statements.json",
      path: /^\[0\]\.speakerDescription/,
      reason: /needs the article's words/,
    },
    {
      name: "an inferred speaker without the reason",
      mutate: (d) => (statement(d).speakerBasis = "inferred"),
      file: "statements.json",
      path: /^\[0\]\.speakerBasis/,
      reason: /add an inferred entry for "speakerId"/,
    },
    {
      name: "a guessed venue where the text states none",
      mutate: (d) => (statement(d).venueStated = false),
      file: "statements.json",
      path: /^\[0\]\.venue/,
      reason: /must be "not stated", not a guess \("told AFP"\)/,
    },
    {
      name: "an outlet that is not a news organisation",
      mutate: (d) => (statement(d).outletId = "qatar"),
      file: "statements.json",
      path: /^\[0\]\.outletId/,
      reason: /"qatar" is a state, not a news organisation/,
    },
    {
      name: "an unnamed source called named",
      mutate: (d) => (d.actors.find((a) => a.id === "hamas-spokesman")!.kind = "unnamed-source"),
      file: "statements.json",
      path: /^\[0\]\.speakerKind/,
      reason: /is an unnamed source: use "described"/,
    },
    {
      name: "bounds out of order",
      mutate: (d) => Object.assign(count(d), { qualifier: "range", low: 58000, high: 56000 }),
      file: "counts.json",
      path: /^\[0\]\.low/,
      reason: /low 58000 is above high 56000/,
    },
    {
      name: "one bound alone",
      mutate: (d) => Object.assign(count(d), { low: 56000 }),
      file: "counts.json",
      path: /^\[0\]\.high/,
      reason: /give both low and high/,
    },
    {
      name: "a breakdown that does not add up",
      mutate: (d) => Object.assign(count(d), { qualifier: "exact", breakdown: [{ label: "a", value: 1 }, { label: "b", value: 2 }] }),
      file: "counts.json",
      path: /^\[0\]\.breakdown/,
      reason: /parts add up to 3, not the exact value 57000/,
    },
    {
      name: "a death status on a figure that is not of deaths",
      mutate: (d) => Object.assign(count(d), { metric: "hostages-held", deathStatus: "confirmed" }),
      file: "counts.json",
      path: /^\[0\]\.deathStatus/,
      reason: /only figures of deaths have one/,
    },
    {
      name: "a proposal with no proposer",
      mutate: (d) => (d.proposals[0]!.proposerIds = []),
      file: "proposals.json",
      path: /^\[0\]\.proposerIds/,
      reason: /only kind "agreement" may have none/,
    },
    {
      name: "a hedge that is not in the provision's passage",
      mutate: (d) => (d.proposals[0]!.provisions.truceLength!.hedge = "reportedly"),
      file: "proposals.json",
      path: /^\[0\]\.provisions\.truceLength\.hedge/,
      reason: /"reportedly" is not in any of the provision's quoted passages/,
    },
    {
      name: "a status change range in the wrong order",
      mutate: (d) => Object.assign(d.proposals[0]!.statusHistory[0]!, { precision: "range", earliest: "2025-05-31", latest: "2025-05-01" }),
      file: "proposals.json",
      path: /^\[0\]\.statusHistory\[0\]\.earliest/,
      reason: /earliest 2025-05-31 is after latest 2025-05-01/,
    },
    {
      name: "an actor's title ending before it starts",
      mutate: (d) => (d.actors[0]!.titles = [{ title: "Mediator", from: "2025-06-01", to: "2024-01-01", sources: d.actors[0]!.sources }]),
      file: "actors.json",
      path: /^\[0\]\.titles\[0\]\.from/,
      reason: /2025-06-01 is after to \(2024-01-01\)/,
    },
  ])("$name", ({ mutate, file, path, reason }) => {
    const issues = issuesAfter(mutate);
    expect(issues).toContainEqual({ file, path: expect.stringMatching(path), reason: expect.stringMatching(reason) });
  });
});

describe("model rules: what the articles call for is accepted", () => {
  it("accepts a range, an inference, a described speaker, bounds, a breakdown, an agreement and a hedge", () => {
    const issues = issuesAfter((d) => {
      Object.assign(asDated(d.events[0]!), { precision: "range", earliest: "2025-06-20", latest: "2025-06-25", date: "2025-06-20" });
      d.events[0]!.inferred = [{ field: "proposalIds", reason: "The article names the plan two paragraphs earlier." }];
      d.actors.find((a) => a.id === "hamas-spokesman")!.kind = "unnamed-source";
      Object.assign(statement(d), { speakerKind: "described", speakerDescription: "HAMAS", venueStated: false, venue: "not stated" });
      Object.assign(count(d), { qualifier: "range", low: 56000, high: 58000, breakdown: [{ label: "men", value: 1 }, { label: "women", value: 2 }] });
      Object.assign(d.proposals[0]!, { kind: "agreement", proposerIds: [] });
      d.proposals[0]!.provisions.truceLength!.hedge = "ongoing";
    });
    expect(issues).toEqual([]);
  });

  it("lets an article's date be a range, and facts reach its last day", () => {
    const dataset = withArticleBody(buildDataset(), buildDataset().articles[0]!.body);
    dataset.articles[0]!.publishedLatest = "2025-06-26";
    dataset.counts[0]!.date = "2025-06-26";
    expect(() => loadDataset(writeDataDir(dataset))).not.toThrow();
    dataset.articles[0]!.publishedLatest = "2025-06-24";
    expect(() => loadDataset(writeDataDir(dataset))).toThrow(/publishedLatest: 2025-06-24 must be after published \(2025-06-25\)/);
  });
});

describe("DraftSchema", () => {
  it("takes the dataset's own records plus a review, and rejects offsets that run backwards", () => {
    const d = buildDataset();
    const article = DraftSchema.shape.article.parse(d.articles[0]);
    const review = { confidence: 0.8, cue: "said", start: 10, end: 40 };
    const draft = {
      article,
      actors: [],
      statements: [{ ...d.statements[0]!, review }],
      counts: [{ ...d.counts[0]!, review }],
      events: [],
      dates: [{ text: "Tuesday", date: "2025-06-24", precision: "day", quote: "Mediator Qatar said Tuesday", start: 20, end: 27 }],
      dropped: [],
    };
    const parsed = DraftSchema.parse(draft);
    expect(parsed.statements[0]?.review.status).toBe("pending");
    const broken = DraftSchema.safeParse({ ...draft, counts: [{ ...d.counts[0]!, review: { ...review, end: 5 } }] });
    expect(broken.error?.issues[0]).toMatchObject({ path: ["counts", 0, "review", "end"], message: "end 5 must be after start 10" });
  });
});
