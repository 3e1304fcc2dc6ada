// HTML and JavaScript bytes a page sends: the HTML document plus every `<script src>` chunk it names,
// each raw and gzip-compressed (zlib's default level, as `next start` compresses).
import { gzipSync } from "node:zlib";

export type Bytes = { raw: number; gzip: number };
export type PageWeight = { status: number; html: Bytes; js: Bytes; scripts: string[]; rechartsJs: Bytes };

const sizeOf = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSync(body).length });

/** `src` of every external script in the document, in order, without repeats. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) sources.add(match[1]!.replaceAll("&amp;", "&"));
  return [...sources];
}

async function fetchBody(url: string): Promise<{ status: number; body: Buffer }> {
  // identity: measure the bytes ourselves rather than trust whatever the server compressed.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * Weighs one page. Chunks containing recharts' class names are also summed apart, so the charts page
 * can be held to "framework + recharts + 30 kB".
 */
export async function weighPage(baseUrl: string, pagePath: string, chunkCache = new Map<string, Buffer>()): Promise<PageWeight> {
  const { status, body } = await fetchBody(`${baseUrl}${pagePath}`);
  const html = body.toString("utf8");
  const scripts = scriptSources(html);
  const js: Bytes = { raw: 0, gzip: 0 };
  const rechartsJs: Bytes = { raw: 0, gzip: 0 };
  for (const src of scripts) {
    const url = new URL(src, baseUrl).toString();
    let chunk = chunkCache.get(url);
    if (!chunk) {
      chunk = (await fetchBody(url)).body;
      chunkCache.set(url, chunk);
    }
    const size = sizeOf(chunk);
    js.raw += size.raw;
    js.gzip += size.gzip;
    if (chunk.includes("recharts-wrapper") || chunk.includes("recharts-surface")) {
      rechartsJs.raw += size.raw;
      rechartsJs.gzip += size.gzip;
    }
  }
  return { status, html: sizeOf(body), js, scripts, rechartsJs };
}
