// Writes public/favicon.ico from public/icon.svg, offline: sharp (installed with Next.js) draws the SVG
// at 16, 32 and 48 px and the ICO container holds the three PNGs (PNG entries are valid in ICO files
// since Windows Vista, and every current browser reads them). Run after changing the icon:
//   npx tsx scripts/make-favicon.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const SIZES = [16, 32, 48];
const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;

/** An ICO file holding one PNG per size (ICONDIR, then one ICONDIRENTRY each, then the images). */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = HEADER_BYTES + ENTRY_BYTES * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(ENTRY_BYTES);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

async function main() {
  const publicDir = path.join(process.cwd(), "public");
  const svg = readFileSync(path.join(publicDir, "icon.svg"));
  const images = await Promise.all(SIZES.map(async (size) => ({ size, png: await sharp(svg, { density: 72 * (size / 32) * 4 }).resize(size, size).png().toBuffer() })));
  const ico = icoFromPngs(images);
  writeFileSync(path.join(publicDir, "favicon.ico"), ico);
  console.log(`public/favicon.ico: ${SIZES.join(", ")} px, ${ico.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
