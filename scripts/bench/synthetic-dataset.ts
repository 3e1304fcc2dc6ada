// Scales the real dataset up for the benchmark: N copies of every article and fact, each copy with its
// own ids and dates, so the result has the same schemas and passes every check the loader runs.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "../../lib/schema/actor";
import type { Dataset } from "../../lib/schema/dataset";
import type { SourceRef } from "../../lib/schema/primitives";
import type { Provisions } from "../../lib/schema/provision";

/** Bumped whenever the output changes, so the benchmark regenerates stale folders. */
export const GENERATOR_VERSION = 1;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `date` moved `days` days earlier, in UTC so the machine's time zone cannot shift it. */
export function shiftDate(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() - days);
  return value.toISOString().slice(0, 10);
}

/**
 * Copy `k` (2…scale) of the data. Copy 1 is the real data, untouched, so real ids stay valid samples.
 * - Articles: same text plus a closing line naming the copy (so every body, and its seed hash, is
 *   its own); dated k-1 days earlier, as is every fact citing them, which keeps "no fact after its
 *   article" and status histories true. Quotes are the originals, which the copied bodies contain.
 * - Actors: organisations without a parent (states, groups, mediators) are shared by all copies, as
 *   they would be in a bigger real dataset; the people and sub-bodies under them are copied.
 * - A statement whose speaker is such an organisation gets a per-copy spokesperson instead, since the
 *   same organisation saying the same words twice is a duplicate the loader rightly rejects.
 */
function copyOf(base: Dataset, k: number, scale: number): Dataset {
  const suffix = `-x${k}`;
  const days = k - 1;
  const byId = new Map(base.actors.map((a) => [a.id, a]));
  const isShared = (id: string) => byId.get(id)?.organisationId === undefined;
  const actorId = (id: string) => (isShared(id) ? id : `${id}${suffix}`);
  const copyId = (id: string) => `${id}${suffix}`;
  const sources = (refs: readonly SourceRef[]): SourceRef[] => refs.map((ref) => ({ articleId: copyId(ref.articleId), quote: ref.quote }));
  // A range moves with its date, or the copy's date would fall outside it.
  const shiftRange = <T extends { date: string; earliest?: string; latest?: string }>(value: T): T => ({
    ...value,
    date: shiftDate(value.date, days),
    ...(value.earliest ? { earliest: shiftDate(value.earliest, days) } : {}),
    ...(value.latest ? { latest: shiftDate(value.latest, days) } : {}),
  });
  const dated = <T extends { date: string; earliest?: string; latest?: string; dateLabel?: string; dateNote?: string }>(fact: T): T => {
    const copy = shiftRange(fact);
    // Labels and notes explain the real date; for a shifted copy they would be wrong, so they go.
    delete copy.dateLabel;
    delete copy.dateNote;
    return copy;
  };

  const articles = base.articles.map((article) => {
    const body = `${article.body.replace(/\s*$/, "")}\n\n[Synthetic benchmark copy ${k} of ${scale} of this article, dated ${days} days earlier.]\n`;
    return {
      ...article,
      id: copyId(article.id),
      title: `${article.title} (synthetic copy ${k})`,
      published: shiftDate(article.published, days),
      ...(article.publishedLatest ? { publishedLatest: shiftDate(article.publishedLatest, days) } : {}),
      seedFile: `bench_${k}_${article.seedFile}`,
      seedSha256: sha256(body),
      body,
    };
  });

  const actors: Actor[] = base.actors
    .filter((actor) => !isShared(actor.id))
    .map((actor) => ({
      ...actor,
      id: copyId(actor.id),
      name: `${actor.name} (synthetic ${k})`,
      ...(actor.organisationId ? { organisationId: actorId(actor.organisationId) } : {}),
      sources: sources(actor.sources),
    }));

  const voices = new Map<string, Actor>();
  const speakerFor = (speakerId: string): string => {
    if (!isShared(speakerId)) return actorId(speakerId);
    const organisation = byId.get(speakerId)!;
    const id = `${speakerId}-voice${suffix}`;
    if (!voices.has(id)) {
      voices.set(id, {
        id,
        name: `${organisation.name} spokesperson (synthetic ${k})`,
        shortName: `${organisation.shortName} voice`.slice(0, 24),
        // Same kind of speaker as the original, so the copied statements' speaker kinds stay true.
        kind: organisation.kind === "unnamed-source" ? "unnamed-source" : "person",
        role: organisation.role,
        organisationId: organisation.id,
        description: `Synthetic speaker for ${organisation.name} in benchmark copy ${k}.`,
        aliases: [],
        titles: [],
        inferred: [],
        sources: sources(organisation.sources),
      });
    }
    return id;
  };

  const events = base.events.map((event) => ({
    ...dated(event),
    id: copyId(event.id),
    actorIds: event.actorIds.map(actorId),
    proposalIds: event.proposalIds.map(copyId),
    sources: sources(event.sources),
  }));

  const statements = base.statements.map((statement) => ({
    ...dated(statement),
    id: copyId(statement.id),
    speakerId: speakerFor(statement.speakerId),
    actorId: actorId(statement.actorId),
    proposalIds: statement.proposalIds.map(copyId),
    ...(statement.eventId ? { eventId: copyId(statement.eventId) } : {}),
    sources: sources(statement.sources),
  }));

  const proposals = base.proposals.map((proposal) => {
    const provisions: Provisions = {};
    for (const [key, provision] of Object.entries(proposal.provisions) as [keyof Provisions, NonNullable<Provisions[keyof Provisions]>][]) {
      provisions[key] = { ...provision, sources: sources(provision.sources) };
    }
    return {
      ...dated(proposal),
      id: copyId(proposal.id),
      proposerIds: proposal.proposerIds.map(actorId),
      ...(proposal.respondsToId ? { respondsToId: copyId(proposal.respondsToId) } : {}),
      statusHistory: proposal.statusHistory.map((change) => ({
        ...shiftRange(change),
        ...(change.eventId ? { eventId: copyId(change.eventId) } : {}),
        ...(change.sources ? { sources: sources(change.sources) } : {}),
      })),
      provisions,
      sources: sources(proposal.sources),
    };
  });

  const counts = base.counts.map((count) => ({
    ...dated(count),
    id: copyId(count.id),
    ...(count.reportedById ? { reportedById: actorId(count.reportedById) } : {}),
    ...(count.eventId ? { eventId: copyId(count.eventId) } : {}),
    sources: sources(count.sources),
  }));

  // Corrections stay those of the real data: copies are never corrected.
  return { articles, actors: [...actors, ...voices.values()], events, statements, proposals, counts, corrections: [] };
}

/** The real dataset scaled `scale` times (copy 1 is the real data itself). */
export function scaleDataset(base: Dataset, scale: number): Dataset {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1, got ${scale}`);
  const result: Dataset = {
    articles: [...base.articles],
    actors: [...base.actors],
    events: [...base.events],
    statements: [...base.statements],
    proposals: [...base.proposals],
    counts: [...base.counts],
    corrections: [...base.corrections],
  };
  for (let k = 2; k <= scale; k += 1) {
    const copy = copyOf(base, k, scale);
    for (const key of Object.keys(result) as (keyof Dataset)[]) {
      (result[key] as unknown[]).push(...copy[key]);
    }
  }
  return result;
}

/** Writes a dataset in the layout of data/: one front-matter Markdown file per article, one JSON file per collection. */
export function writeDatasetDir(dataset: Dataset, outDir: string): void {
  mkdirSync(path.join(outDir, "articles"), { recursive: true });
  for (const { body, ...frontMatter } of dataset.articles) {
    // JSON values are valid YAML, and quoting keeps dates as strings.
    const yaml = Object.entries(frontMatter)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join("\n");
    writeFileSync(path.join(outDir, "articles", `${frontMatter.id}.md`), `---\n${yaml}\n---\n${body}`);
  }
  for (const key of ["actors", "events", "statements", "proposals", "counts", "corrections"] as const) {
    writeFileSync(path.join(outDir, `${key}.json`), `${JSON.stringify(dataset[key], null, 2)}\n`);
  }
}
