/**
 * `npm run ingest -- <article.txt> --published YYYY-MM-DD [--id ID] [--title T] [--outlet NAME] [--dry-run] [--json] [--force]`
 * Reads an article, runs the ingest stages (lib/ingest/build-draft.ts) and writes data/articles/<id>.md
 * and data/drafts/<id>.json. Bad input ends with a message and exit code 1, never a stack trace.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readArticleInput } from "../lib/ingest/article-input";
import { INGEST_USAGE, parseIngestArgs } from "../lib/ingest/cli-options";

class IngestError extends Error {}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseIngestArgs(argv);
  if (!parsed.ok) throw new IngestError(`${parsed.message}\n${INGEST_USAGE}`);
  const options = parsed.options;
  const input = readArticleInput(options.file);
  if (!input.ok) throw new IngestError(input.reason);
  const body = input.text;
  // The pipeline (and its NLP library) loads only once the input is known to be usable.
  const [{ DataValidationError }, { dataDir }, { loadDataset }, { buildDraft }, { articleFile, makeFrontMatter }, { splitParagraphs }, { inferPublicationDate }, { splitSentences }, { writeFileAtomically, writeNewFile }, { DraftSchema }] =
    await Promise.all([
      import("../lib/checks/data-issue"),
      import("../lib/data/data-dir"),
      import("../lib/data/load-dataset"),
      import("../lib/ingest/build-draft"),
      import("../lib/ingest/front-matter"),
      import("../lib/ingest/paragraphs"),
      import("../lib/ingest/publication-date"),
      import("../lib/ingest/sentences"),
      import("../lib/ingest/write-files"),
      import("../lib/schema/draft"),
    ]);

  const dir = dataDir();
  let dataset;
  try {
    dataset = loadDataset(dir);
  } catch (error) {
    if (error instanceof DataValidationError) {
      const shown = error.message.split("\n").slice(0, 6).join("\n");
      throw new IngestError(`the dataset in ${dir} does not validate; run npm run check-data for every issue\n${shown}`);
    }
    throw error;
  }

  let published = options.published;
  let evidence = published ? [`Given to ingest: --published ${published}.`] : [];
  if (!published) {
    const paragraphs = splitParagraphs(body);
    const sentences = paragraphs.flatMap((p) => splitSentences(body, p));
    const inferred = inferPublicationDate(paragraphs, sentences, dataset.events);
    for (const line of inferred.evidence) say(`evidence: ${line}`);
    if (!inferred.ok) throw new IngestError(`cannot fix the publication date: ${inferred.reason}. Run again with --published YYYY-MM-DD.`);
    published = inferred.published;
    evidence = inferred.evidence;
    say(`publication date inferred: ${published}`);
  }

  const article = makeFrontMatter({ body, inputPath: options.file, published, publishedEvidence: evidence, ...pick(options) });
  const articlePath = path.join(dir, "articles", `${article.id}.md`);
  const draftPath = path.join(dir, "drafts", `${article.id}.json`);
  const articleText = articleFile(article, body);
  const articleExists = existsSync(articlePath);
  if (articleExists && !(options.force && sameBody(articlePath, article.seedSha256))) {
    throw new IngestError(`${articlePath} already exists: ingest never overwrites an article (choose another --id)`);
  }
  if (existsSync(draftPath) && !options.force) throw new IngestError(`${draftPath} already exists: ingest never overwrites a draft (--force replaces it)`);

  const takenIds = new Set([...dataset.actors, ...dataset.events, ...dataset.statements, ...dataset.counts, ...dataset.proposals].map((r) => r.id));
  const { draft, skipped } = buildDraft({ body, article, actors: dataset.actors, takenIds });
  const checked = DraftSchema.safeParse(draft);
  if (!checked.success) {
    throw new IngestError(`the draft does not validate (a bug in ingest, please report it):\n${checked.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  for (const quote of skipped) say(`skipped quotation “${quote.text.slice(0, 60)}”: ${quote.reason}`);
  say(`${draft.statements.length} statements, ${draft.counts.length} figures, ${draft.actors.length} new actors, ${draft.dates.length} dates, ${draft.dropped.length} repeated paragraphs dropped`);

  if (!options.dryRun) {
    if (!articleExists) writeNewFile(articlePath, articleText);
    writeFileAtomically(draftPath, `${JSON.stringify(checked.data, null, 2)}\n`);
    say(`wrote ${articlePath}\nwrote ${draftPath}`);
  } else {
    say("dry run: nothing written");
  }
  if (options.json) process.stdout.write(`${JSON.stringify(checked.data)}\n`);
}

function pick(options: { id?: string; title?: string; outlet?: string }): { id?: string; title?: string; outlet?: string } {
  return { ...(options.id ? { id: options.id } : {}), ...(options.title ? { title: options.title } : {}), ...(options.outlet ? { outlet: options.outlet } : {}) };
}

/** Whether an existing article file holds this very text (then --force may redraft it). */
function sameBody(file: string, sha256: string): boolean {
  return readFileSync(file, "utf8").includes(`seedSha256: "${sha256}"`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof IngestError) say(`ingest: ${error.message}`);
  else say(`ingest: unexpected error: ${(error as Error).message ?? String(error)}${process.env.INGEST_DEBUG ? `\n${(error as Error).stack}` : ""}`);
  process.exitCode = 1;
});
