// A fixed workload timed in a fresh Node process, run beside each cold start: the code of this repo never
// changes it, so its figure moving says the machine moved. On these shared 2-core VMs the same cold start
// reads 4.2 s in one hour and 7.3 s in the next; this lets a reader tell the two apart.
import { spawnSync } from "node:child_process";

/**
 * What the child runs: the shape of a cold start in miniature (JSON text → objects → maps and a sort),
 * deterministic, no files. Prints its own milliseconds.
 */
const WORKLOAD = `
const started = performance.now();
const records = [];
for (let i = 0; i < 80000; i += 1) {
  records.push({ id: "record-" + i, date: "2025-" + String(1 + (i % 12)).padStart(2, "0") + "-" + String(1 + (i % 28)).padStart(2, "0"),
    title: "Talks resume in Doha as mediators press for a deal number " + i, actorIds: ["qatar", "egypt", "actor-" + (i % 97)],
    sources: [{ articleId: "article-" + (i % 5000), quote: "The mediators said on " + i + " that talks would resume within days." }] });
}
const parsed = JSON.parse(JSON.stringify(records));
const byId = new Map();
for (const record of parsed) byId.set(record.id, record);
parsed.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
console.log(String(performance.now() - started));
`;

/** One run of the reference workload in a fresh process; its milliseconds as the child measured them. */
export function timeMachineReference(): number {
  const child = spawnSync(process.execPath, ["-e", WORKLOAD], { encoding: "utf8" });
  const ms = Number(child.stdout.trim());
  if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`the machine reference failed:\n${child.stderr}`);
  return ms;
}
