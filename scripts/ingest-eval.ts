/**
 * `npm run ingest:eval`: runs ingest on the articles in data/articles/ (with their known publication
 * dates) and compares each draft with the curated records in data/*.json, by content only. Prints a
 * table with the 0.9 targets; `--verbose` lists every miss. Exit code 0 either way: this measures.
 */
import { dataDir } from "../lib/data/data-dir";
import { loadDataset } from "../lib/data/load-dataset";
import { buildDraft } from "../lib/ingest/build-draft";
import { goldDates, goldFigures, goldQuotes, goldRepeats } from "../lib/ingest/eval/gold";
import { scoreDraft, type ArticleScore, type Tally } from "../lib/ingest/eval/score";

const TARGET = 0.9;
const verbose = process.argv.includes("--verbose");
const dataset = loadDataset(dataDir());

const LINES: { key: Exclude<keyof ArticleScore, "misses">; label: string }[] = [
  { key: "quoteRecall", label: "direct quotes found (recall)" },
  { key: "quotePrecision", label: "drafted quotes that are real (precision)" },
  { key: "speakerAccuracy", label: "speaker right, of quotes found" },
  { key: "figureRecall", label: "figures found (value+metric+qualifier)" },
  { key: "figurePrecision", label: "drafted figures that are curated" },
  { key: "dates", label: "dates resolved right" },
  { key: "repeatsRecall", label: "repeated paragraphs dropped" },
  { key: "repeatsPrecision", label: "dropped paragraphs that are repeats" },
];

const totals = new Map<string, Tally>(LINES.map((line) => [line.key, { hits: 0, total: 0 }]));
for (const article of dataset.articles) {
  const { body, ...front } = article;
  const { draft } = buildDraft({ body, article: front, actors: dataset.actors, takenIds: new Set() });
  const score = scoreDraft(draft, body, {
    quotes: goldQuotes(dataset, article.id, body),
    figures: goldFigures(dataset, article.id),
    dates: goldDates(dataset, article.id, body),
    repeats: goldRepeats(body),
  });
  for (const line of LINES) {
    const tally = totals.get(line.key)!;
    tally.hits += score[line.key].hits;
    tally.total += score[line.key].total;
  }
  if (verbose && score.misses.length > 0) {
    console.log(`\n${article.id}`);
    for (const miss of score.misses) console.log(`  - ${miss}`);
  }
}

const rows = LINES.map((line) => {
  const { hits, total } = totals.get(line.key)!;
  const value = total === 0 ? 1 : hits / total;
  return [line.label, `${hits}/${total}`, value.toFixed(2), TARGET.toFixed(2), value >= TARGET ? "met" : "not met"];
});
const header = ["measure", "n", "score", "target", ""];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
const format = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
console.log(`\ningest evaluation on ${dataset.articles.length} articles\n`);
console.log(format(header));
for (const row of rows) console.log(format(row));
