// Where the benchmark's generated datasets live and how they are (re)made; never inside data/.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadDataset } from "../../lib/data/load-dataset";
import { GENERATOR_VERSION, scaleDataset, writeDatasetDir } from "./synthetic-dataset";

const MANIFEST = ".generated.json";

const ManifestSchema = z.object({ generatorVersion: z.number(), scale: z.number(), sourceFingerprint: z.string() });
type Manifest = z.infer<typeof ManifestSchema>;

export const REAL_DATA_DIR = path.resolve("data");

export function benchDataDir(scale: number): string {
  return path.resolve("bench-data", `x${scale}`);
}

/** sha256 over every file of the source data, so a change to data/ regenerates the copies. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const files = [
    ...readdirSync(dir).filter((name) => name.endsWith(".json")),
    ...readdirSync(path.join(dir, "articles")).map((name) => `articles/${name}`),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest("hex");
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8")));
  } catch {
    return undefined;
  }
}

function assertOutsideRealData(outDir: string): void {
  const relative = path.relative(REAL_DATA_DIR, outDir);
  if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
    throw new Error(`refusing to write generated data into ${REAL_DATA_DIR}: pick another folder`);
  }
}

export type GenerateOptions = { scale: number; outDir?: string; sourceDir?: string; force?: boolean };

/**
 * Makes `outDir` (default bench-data/x<scale>) hold the real data scaled `scale` times, unless it
 * already does (same generator, scale and source data). Returns the folder and whether it was rebuilt.
 */
export function generateBenchDataset({ scale, outDir = benchDataDir(scale), sourceDir = REAL_DATA_DIR, force = false }: GenerateOptions) {
  const out = path.resolve(outDir);
  assertOutsideRealData(out);
  const wanted: Manifest = { generatorVersion: GENERATOR_VERSION, scale, sourceFingerprint: fingerprint(sourceDir) };
  const existing = readManifest(out);
  if (!force && existing && JSON.stringify(existing) === JSON.stringify(wanted)) return { dir: out, generated: false };

  if (existsSync(out)) {
    // Only ever delete a folder this generator made (or an empty one).
    if (!existing && statSync(out).isDirectory() && readdirSync(out).length > 0) {
      throw new Error(`${out} exists and was not made by the generator (no ${MANIFEST}): remove it or pick another folder`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  const scaled = scaleDataset(loadDataset(sourceDir), scale);
  writeDatasetDir(scaled, out);
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(wanted, null, 2)}\n`);
  return { dir: out, generated: true };
}
