// `tsx scripts/bench/floor-server.ts <dir> <port>`: serves the floor pages `npm run compare` writes to
// <dir> (scripts/bench/floor-pages.ts) on 127.0.0.1, gzipped, with the site's own security headers —
// without Cross-Origin-Opener-Policy under /no-coop/. A child process of its own: the comparison blocks
// its event loop while measure.mjs runs.
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SECURITY_HEADERS } from "../../next.config";
import { floorHeaders } from "./floor-pages";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

const [dir, portText] = process.argv.slice(2);
if (!dir || !/^\d+$/.test(portText ?? "")) {
  console.error("usage: tsx scripts/bench/floor-server.ts <dir> <port>");
  process.exit(1);
}
const root = path.resolve(dir);

http
  .createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(root, urlPath);
    // Only files under the folder; the copies hold nothing else.
    const body = file.startsWith(root + path.sep) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    for (const { key, value } of floorHeaders(urlPath, SECURITY_HEADERS)) response.setHeader(key, value);
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "content-encoding": "gzip", "cache-control": "no-store" });
    response.end(gzipSync(body));
  })
  .listen(Number(portText), "127.0.0.1", () => console.log(`floor pages on http://127.0.0.1:${portText}`));
