import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The fonts card images are drawn with, read from `assets/fonts/` (nothing is fetched at run time).
 * Source Serif 4 Bold for titles, as the site's serif headings, and Source Sans 3 for the rest: both SIL
 * Open Font License 1.1 (licences beside the files), copied from @fontsource/source-serif-4 and
 * @fontsource/source-sans-3 5.3.1, Latin subset (the data holds no other script). Satori reads WOFF, not WOFF2.
 */
export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 600 | 700; style: "normal" };

let loaded: Promise<CardFont[]> | undefined;

function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function readFonts(): Promise<CardFont[]> {
  // Each path is written out whole so the build's file tracing takes exactly these files, not the project.
  const [serifBold, sans, sansSemibold] = await Promise.all([
    readFile(path.join(process.cwd(), "assets/fonts/source-serif-4-latin-700-normal.woff")),
    readFile(path.join(process.cwd(), "assets/fonts/source-sans-3-latin-400-normal.woff")),
    readFile(path.join(process.cwd(), "assets/fonts/source-sans-3-latin-600-normal.woff")),
  ]);
  return [
    { name: "Source Serif 4", data: arrayBuffer(serifBold), weight: 700, style: "normal" },
    { name: "Source Sans 3", data: arrayBuffer(sans), weight: 400, style: "normal" },
    { name: "Source Sans 3", data: arrayBuffer(sansSemibold), weight: 600, style: "normal" },
  ];
}

/** The card fonts, read once per process. */
export function cardFonts(): Promise<CardFont[]> {
  loaded ??= readFonts();
  return loaded;
}
