// The one builder of synthetic data for tests: a small, valid dataset that each test bends.
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { z } from "zod";
import { DatasetSchema, type Dataset } from "@/lib/schema/dataset";

export const ARTICLE_BODY =
  "Mediator Qatar said Tuesday that talks are “ongoing”.\n\nHamas said it had “not yet received any new proposals”.\n\nThe health ministry reported over 57,000 deaths.\n";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A minimal dataset that passes every check; tests clone it and break one thing. */
export function buildDataset(): Dataset {
  // Written as input and parsed, so the schemas' defaults fill what each record leaves out.
  const input: z.input<typeof DatasetSchema> = {
    articles: [
      {
        id: "test-article",
        title: "Test article",
        outlet: null,
        published: "2025-06-25",
        publishedEvidence: ["'Tuesday' in the text"],
        seedFile: "000_test.txt",
        seedSha256: sha256(ARTICLE_BODY),
        notes: [],
        body: ARTICLE_BODY,
      },
    ],
    actors: [
      {
        id: "qatar",
        name: "Qatar",
        shortName: "Qatar",
        kind: "state",
        role: "mediator",
        description: "Mediator.",
        aliases: [],
        sources: [{ articleId: "test-article", quote: "Mediator Qatar said Tuesday" }],
      },
      {
        id: "hamas",
        name: "Hamas",
        shortName: "Hamas",
        kind: "armed-group",
        role: "party",
        description: "Party.",
        aliases: [],
        sources: [{ articleId: "test-article", quote: "Hamas said it had" }],
      },
      {
        id: "hamas-spokesman",
        name: "Hamas spokesman",
        shortName: "Spokesman",
        kind: "person",
        role: "party",
        organisationId: "hamas",
        description: "Speaks for Hamas.",
        aliases: ["Taher Nounou"],
        sources: [{ articleId: "test-article", quote: "Hamas said it had" }],
      },
    ],
    events: [
      {
        id: "talks-ongoing",
        date: "2025-06-24",
        precision: "day",
        type: "talks",
        title: "Qatar says talks are ongoing",
        summary: "Qatar said the talks were ongoing.",
        actorIds: ["qatar"],
        proposalIds: ["us-plan"],
        sources: [{ articleId: "test-article", quote: 'talks are "ongoing"' }],
      },
    ],
    statements: [
      {
        id: "hamas-no-proposals",
        date: "2025-06-25",
        precision: "day",
        speakerId: "hamas-spokesman",
        actorId: "hamas",
        venue: "told AFP",
        text: "not yet received any new proposals",
        isDirectQuote: true,
        quoteKind: "direct",
        speakerKind: "named",
        summary: "Hamas said it had received no new proposals.",
        proposalIds: [],
        topics: [],
        sources: [{ articleId: "test-article", quote: "Hamas said it had \"not yet received any new proposals\"" }],
      },
    ],
    proposals: [
      {
        id: "us-plan",
        date: "2025-05-31",
        precision: "month",
        title: "US plan",
        shortTitle: "US plan",
        proposerIds: ["qatar"],
        summary: "A plan.",
        statusHistory: [{ status: "proposed", date: "2025-05-31" }],
        provisions: {
          truceLength: { state: "specified", value: "60 days", amount: 60, sources: [{ articleId: "test-article", quote: "talks are “ongoing”" }] },
        },
        sources: [{ articleId: "test-article", quote: "Mediator Qatar said" }],
      },
    ],
    counts: [
      {
        id: "gaza-deaths",
        date: "2025-06-25",
        precision: "day",
        metric: "deaths-gaza",
        value: 57000,
        qualifier: "over",
        attribution: "the health ministry",
        sources: [{ articleId: "test-article", quote: "reported over 57,000 deaths" }],
      },
    ],
    corrections: [],
  };
  return DatasetSchema.parse(input);
}

type RawOverrides = Partial<Record<"actors.json" | "events.json" | "statements.json" | "proposals.json" | "counts.json" | "corrections.json", string>>;

/** Writes a dataset as data/ files into a fresh temp folder; `raw` replaces a fixture's text verbatim. */
export function writeDataDir(dataset: Dataset, raw: RawOverrides = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ceasefire-data-"));
  mkdirSync(path.join(dir, "articles"));
  for (const { body, ...frontMatter } of dataset.articles) {
    const yaml = Object.entries(frontMatter)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join("\n");
    writeFileSync(path.join(dir, "articles", `${frontMatter.id}.md`), `---\n${yaml}\n---\n${body}`);
  }
  for (const key of ["actors", "events", "statements", "proposals", "counts", "corrections"] as const) {
    const file = `${key}.json` as const;
    writeFileSync(path.join(dir, file), raw[file] ?? JSON.stringify(dataset[key], null, 2));
  }
  return dir;
}

/** A copy of the dataset whose one article has `body` as its text (hash updated, so it stays valid). */
export function withArticleBody(dataset: Dataset, body: string): Dataset {
  const [article, ...others] = dataset.articles;
  if (!article) throw new Error("the builder's dataset has no article");
  return { ...dataset, articles: [{ ...article, body, seedSha256: sha256(body) }, ...others] };
}

type ProposalRecord = Dataset["proposals"][number];

/** A proposal for comparison tests: dated, proposed by Qatar, with the given provisions. */
export function buildProposal(id: string, date: string, provisions: ProposalRecord["provisions"] = {}, overrides: Partial<ProposalRecord> = {}): ProposalRecord {
  return {
    id,
    date,
    precision: "day",
    title: `Proposal ${id}`,
    shortTitle: id,
    kind: "proposal",
    proposerIds: ["qatar"],
    inferred: [],
    summary: "A plan.",
    statusHistory: [{ status: "proposed", date, precision: "day" }],
    provisions,
    sources: [{ articleId: "test-article", quote: "Mediator Qatar said" }],
    ...overrides,
  };
}

/** A `specified` provision citing the test article; `amount` only when given. */
export function specified(value: string, amount?: number, quote = "talks are “ongoing”"): ProposalRecord["provisions"][keyof ProposalRecord["provisions"]] {
  return { state: "specified", value, ...(amount === undefined ? {} : { amount }), sources: [{ articleId: "test-article", quote }] };
}

/** A `not-included` provision: the source says the plan leaves the matter out. */
export function notIncluded(value: string, quote = "not yet received any new proposals"): ProposalRecord["provisions"][keyof ProposalRecord["provisions"]] {
  return { state: "not-included", value, sources: [{ articleId: "test-article", quote }] };
}

type CorrectionRecord = Dataset["corrections"][number];

/** An edit of the builder's event, citing its passage; tests override what they look at. */
export function buildCorrection(overrides: Partial<CorrectionRecord> = {}): CorrectionRecord {
  return {
    id: "fix-event-title",
    date: "2026-11-03",
    recordKind: "event",
    recordId: "talks-ongoing",
    action: "edited",
    field: "title",
    before: "Qatar says talks are ongoing in Doha",
    after: "Qatar says talks are ongoing",
    category: "unsupported-assertion",
    reason: "The article does not say where Qatar said it.",
    evidence: [{ articleId: "test-article", quote: 'talks are "ongoing"' }],
    ...overrides,
  };
}

/**
 * `dataset` with three corrections, each on its own day: the edit above (newest), the removal of a
 * statement and the merge of a duplicate event into the builder's event (oldest). The removed and merged
 * records are not in the data, as the checks require.
 */
export function withCorrections(dataset: Dataset): Dataset {
  return {
    ...dataset,
    corrections: [
      buildCorrection(),
      buildCorrection({
        id: "merge-duplicate-event",
        date: "2026-11-01",
        recordId: "talks-ongoing-again",
        action: "merged",
        mergedInto: "talks-ongoing",
        field: undefined,
        before: undefined,
        after: undefined,
        category: "duplicate",
        reason: "The same report was recorded twice.",
      }),
      buildCorrection({
        id: "remove-statement",
        date: "2026-11-02",
        recordKind: "statement",
        recordId: "hamas-old-claim",
        action: "removed",
        field: undefined,
        before: "Hamas said talks had ended.",
        after: undefined,
        category: "unsupported-assertion",
        reason: "The article reports no such statement.",
        evidence: [{ articleId: "test-article", quote: "not yet received any new proposals" }],
      }),
    ],
  };
}

/** Article text carrying markup and a script, as a careless or hostile source might: it must stay inert text. */
export const HOSTILE_BODY =
  'Officials said <b>talks</b> would resume on Monday. <script>alert(1)</script> A leaflet read "<img src=x onerror=alert(1)>" in full.\n';

/**
 * `dataset` plus an article whose title and body contain HTML and a script, and an event and a statement
 * quoting that markup, so renderers and the loader can be tested against it.
 */
export function withHostileArticle(dataset: Dataset): Dataset {
  const copy = structuredClone(dataset);
  copy.articles.push({
    id: "hostile-article",
    title: "Report <script>alert(1)</script> with <b>markup</b>",
    outlet: "<i>Outlet</i>",
    published: "2025-06-25",
    publishedEvidence: ["'Monday' in the text"],
    seedFile: "001_hostile.txt",
    seedSha256: sha256(HOSTILE_BODY),
    notes: [],
    body: HOSTILE_BODY,
  });
  copy.events.push({
    id: "hostile-event",
    date: "2025-06-25",
    precision: "day",
    type: "talks",
    title: "Talks <b>resume</b> <script>alert(1)</script>",
    summary: 'Officials said talks would resume; a leaflet read "<img src=x onerror=alert(1)>".',
    actorIds: ["qatar"],
    proposalIds: [],
    inferred: [],
    sources: [{ articleId: "hostile-article", quote: "<script>alert(1)</script>" }],
  });
  copy.statements.push({
    id: "hostile-statement",
    date: "2025-06-25",
    precision: "day",
    speakerId: "hamas-spokesman",
    actorId: "hamas",
    venue: "leaflet <img src=x onerror=alert(1)>",
    text: "<b>talks</b> would resume on Monday",
    isDirectQuote: true,
    quoteKind: "direct",
    speakerKind: "named",
    speakerBasis: "stated",
    venueStated: true,
    inferred: [],
    summary: "Officials said talks would resume.",
    proposalIds: [],
    topics: [],
    sources: [{ articleId: "hostile-article", quote: 'A leaflet read "<img src=x onerror=alert(1)>" in full.' }],
  });
  return copy;
}
