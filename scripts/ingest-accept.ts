// `npm run ingest:accept -- <draft-id>`: writes the records an editor marked "accepted" in
// data/drafts/<id>.json into data/*.json, through the same checks and atomic writes as the /review page.
import { parseArgs } from "node:util";
import { formatIssue } from "../lib/checks/data-issue";
import { dataDir } from "../lib/data/data-dir";
import { acceptMarked } from "../lib/review/review-actions";

const USAGE = `Usage: npm run ingest:accept -- <draft-id>

Writes every record whose review.status is "accepted" in data/drafts/<draft-id>.json into data/*.json
(actors and events first), each only if the data with it passes npm run check-data; written records
leave the draft. Exits 1 if the draft is missing or invalid, or if any record fails (that one is not written).
DATA_DIR points it at another data folder.`;

function exit(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The command line, or a usage message and exit 1 for an unknown option. */
function readArgs(): { help: boolean; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ options: { help: { type: "boolean", short: "h" } }, allowPositionals: true });
    return { help: values.help === true, positionals };
  } catch (error) {
    exit(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const parsed = readArgs();
  if (parsed.help) {
    console.log(USAGE);
    return;
  }
  const [draftId, ...extra] = parsed.positionals;
  if (!draftId) exit(`Missing the draft id.\n\n${USAGE}`);
  if (extra.length > 0) exit(`Expected one draft id, got ${parsed.positionals.length}: ${parsed.positionals.join(" ")}\n\n${USAGE}`);

  const result = await acceptMarked(dataDir(), draftId);
  if (!result.ok) exit(`Cannot read the draft:\n${result.issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`);
  if (result.results.length === 0) {
    console.log(`Nothing to write: no record in draft "${draftId}" is marked "accepted".`);
    return;
  }
  let failed = 0;
  for (const { collection, id, outcome } of result.results) {
    if (outcome.ok) {
      console.log(`wrote    ${collection}/${id}: ${outcome.message}`);
      continue;
    }
    failed += 1;
    console.log(`skipped  ${collection}/${id}: ${outcome.message}`);
    for (const issue of outcome.issues) console.log(`           - ${formatIssue(issue)}`);
  }
  const written = result.results.length - failed;
  const summary = `${written} written, ${failed} not written.`;
  if (failed > 0) exit(`${summary} Fix the records above (or mark them "pending") and run again.`);
  console.log(summary);
}

main().catch((error: unknown) => exit(`ingest:accept failed: ${error instanceof Error ? error.message : String(error)}`));
