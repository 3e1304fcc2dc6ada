// Cold start: read + validate + index in a fresh Node process per run, timed whole.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { z } from "zod";
import { timeMachineReference } from "./machine-reference";

const ColdStartLineSchema = z.object({
  startup: z.number(),
  load: z.number(),
  index: z.number(),
  ready: z.number(),
  cpu: z.number(),
  entries: z.number(),
});

/**
 * One fresh process: the child's own figures, the wall time from spawning it to its exit, and the machine
 * reference timed just before it (scripts/bench/machine-reference.ts).
 */
export type ColdStart = z.infer<typeof ColdStartLineSchema> & { process: number; reference: number };

/**
 * Bundles scripts/bench/time-load.ts and the lib code it imports into one CommonJS file with esbuild
 * (which tsx already brings), so the timed processes run plain JavaScript, as the built server does,
 * and no TypeScript compile is counted. Returns the bundle's path and how long bundling took.
 */
export function bundleTimeLoad(outDir: string): { file: string; ms: number } {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, "time-load.cjs");
  const started = performance.now();
  buildSync({
    entryPoints: [path.resolve("scripts/bench/time-load.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: file,
    logLevel: "error",
  });
  return { file, ms: performance.now() - started };
}

/** `runs` cold starts of `bundle` on `dataDir`, one after another, each after a run of the machine reference. */
export function measureColdStarts(bundle: string, dataDir: string, runs: number): ColdStart[] {
  return Array.from({ length: runs }, () => {
    const reference = timeMachineReference();
    const started = performance.now();
    const child = spawnSync(process.execPath, [bundle, dataDir], { encoding: "utf8", maxBuffer: 1 << 26 });
    const wall = performance.now() - started;
    if (child.status !== 0) throw new Error(`cold start on ${dataDir} failed:\n${child.stderr}`);
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    return { ...ColdStartLineSchema.parse(JSON.parse(line)), process: wall, reference };
  });
}
