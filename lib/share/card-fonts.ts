import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The fonts card images are drawn with, read from `assets/fonts/` (nothing is fetched at run time).
 * Source Serif 4 Bold for titles, as the site's serif headings, and Source Sans 3 for the rest: both SIL
 * Open Font License 1.1 (licences beside the files), copied from @fontsource/source-serif-4 and
 * @fontsource/source-sans-3 5.3.1, Latin subset (the data holds no other script). Satori reads WOFF, not WOFF2.
 */
// Each path is spelled out whole so the build's file tracing includes exactly these files.
const FONT_FILES = [
  { name: "Source Serif 4", file: path.join(process.cwd(), "assets/fonts/source-serif-4-latin-700-normal.woff"), weight: 700 },
  { name: "Source Sans 3", file: path.join(process.cwd(), "assets/fonts/source-sans-3-latin-400-normal.woff"), weight: 400 },
  { name: "Source Sans 3", file: path.join(process.cwd(), "assets/fonts/source-sans-3-latin-600-normal.woff"), weight: 600 },
] as const;

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 600 | 700; style: "normal" };

let loaded: Promise<CardFont[]> | undefined;

/** The card fonts, read once per process. */
export function cardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => {
      const bytes = await readFile(file);
      return { name, weight, style: "normal" as const, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    }),
  );
  return loaded;
}
