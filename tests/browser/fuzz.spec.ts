import { expect, test, type APIRequestContext } from "@playwright/test";
import { resolveRoutes, type ResolvedRoute } from "../../scripts/site-routes";
import { skipUnlessBuilt } from "./support/hardening-probe";

// Hostile and random query strings against every route: the answer is always 200, 400 or 404 (never
// a 500), and nothing injected comes back as live markup. Deterministic: a seeded PRNG per route.

const CASES_PER_ROUTE = 40;
const BATCH = 6;
/**
 * Node answers 431 before the app sees a request whose request line and headers pass 16 KB, so URLs
 * are kept under this size; a 10k-character value still fits.
 */
const MAX_URL_BYTES = 14_000;

/** mulberry32: small, fast, and the same sequence for the same seed on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}

/** Markup that must never come back unescaped. */
const INJECTIONS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", "</title><script>alert(1)</script>"];
const LIVE_MARKUP = [/<script>alert\(1\)/i, /<img src=x onerror/i, /<svg onload/i];

const PUBLIC_PARAMS = ["actor", "type", "from", "to", "q", "p", "page"];
const OTHER_PARAMS = ["utm_source", "__proto__", "constructor", "actor[]", "from[0]", "callback", "_rsc", "x".repeat(200)];

/** Values already percent-encoded, including byte sequences that are not valid UTF-8. */
const RAW_VALUES = ["%00", "%", "%zz", "%E0%A4%A", "%ED%A0%80", "%ED%B0%80", "%F0%9F", "%C0%AF", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%0d%0aSet-Cookie:%20x=1", "%252e%252e%252f"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** One value, already encoded for a query string. */
function hostileValue(random: () => number): string {
  const plain = (text: string) => encodeURIComponent(text);
  const kinds: (() => string)[] = [
    () => plain(pick(random, INJECTIONS)),
    () => plain(pick(random, ["2025-13-45", "2025-02-30", "0000-00-00", "99999-01-01", "2025-1-1", "-1", "1e309", "NaN", "2025-06-25T00:00:00Z", "25/06/2025"])),
    () => plain(pick(random, ["مرحبا بالعالم", "שלום עולם", "\u202Eevil\u202C", "🕊️🇵🇸🇮🇱👨‍👩‍👧", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "ｆｕｌｌｗｉｄｔｈ", "\u0000null", "tab\tand\nnewline"])),
    () => pick(random, RAW_VALUES),
    () => plain(pick(random, ["../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd", "javascript:alert(1)", "{{7*7}}", "${7*7}", "' OR '1'='1"])),
    () => plain(pick(random, ["hamas", "israel", "qatar", "statement", "talks", "figure", "2025-06-25", "ceasefire", "1", "0", "-5", "999999999999", ""])),
    () => plain(Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join("")),
  ];
  return pick(random, kinds)();
}

function overlongValue(random: () => number): string {
  return random() < 0.5 ? "a".repeat(10_000) : encodeURIComponent(`${"<script>alert(1)</script>".repeat(20)}${"é".repeat(800)}`);
}

/** A query string of 1–6 parameters, sometimes with one overlong value or one key repeated many times. */
function hostileQuery(random: () => number): string {
  const pairs: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i += 1) {
    const name = random() < 0.8 ? pick(random, PUBLIC_PARAMS) : pick(random, OTHER_PARAMS);
    pairs.push(`${encodeURIComponent(name)}=${hostileValue(random)}`);
  }
  const extra = random();
  if (extra < 0.15) pairs.push(`${pick(random, PUBLIC_PARAMS)}=${overlongValue(random)}`);
  else if (extra < 0.3) {
    const name = pick(random, PUBLIC_PARAMS);
    for (let i = 0; i < 60; i += 1) pairs.push(`${name}=${hostileValue(random)}`);
  } else if (extra < 0.35) pairs.push("from=2025-07-01&to=2024-01-01");
  else if (extra < 0.4) pairs.push("&&==&=&actor&type=");
  return pairs.join("&");
}

/** Hostile permalink ids for a route with an id segment: they must answer 404 (or 400), never 500. */
function hostilePaths(route: ResolvedRoute): string[] {
  const base = route.path.slice(0, route.path.lastIndexOf("/") + 1);
  return [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%ED%A0%80",
    "%00",
    "x".repeat(2_000),
    encodeURIComponent("مرحبا-🕊️"),
    "UPPER-Case",
    "id.json",
  ].map((segment) => `${base}${segment}`);
}

type Failure = { url: string; problem: string };

async function check(request: APIRequestContext, url: string, failures: Failure[]): Promise<void> {
  const shown = url.length > 160 ? `${url.slice(0, 160)}…` : url;
  try {
    let response = await request.get(url, { maxRedirects: 0, timeout: 20_000 });
    // A view spelled another way redirects (308) to its canonical address on this site, which must then
    // answer as any address does; the canonical address never redirects again.
    if (response.status() === 308) {
      const location = response.headers()["location"] ?? "";
      const target = new URL(location, "http://site.invalid");
      if (target.origin !== "http://site.invalid" && !location.startsWith("/")) failures.push({ url: shown, problem: `redirects off the site: ${location}` });
      response = await request.get(target.pathname + target.search, { maxRedirects: 0, timeout: 20_000 });
      if (response.status() === 308) failures.push({ url: shown, problem: `redirects twice: ${location}` });
    }
    const status = response.status();
    if (![200, 400, 404].includes(status)) failures.push({ url: shown, problem: `status ${status}` });
    const body = await response.text();
    const live = LIVE_MARKUP.find((pattern) => pattern.test(body));
    if (live) failures.push({ url: shown, problem: `echoed unescaped: ${live}` });
  } catch (error) {
    failures.push({ url: shown, problem: `request failed: ${(error as Error).message.split("\n")[0]}` });
  }
}

for (const route of resolveRoutes()) {
  test(`fuzz: ${route.label} (${route.path}) answers hostile query strings with 200/400/404 (after at most one redirect to its canonical URL) and escapes them`, async ({ request }) => {
    test.setTimeout(90_000);
    await skipUnlessBuilt(request, route);
    const random = prng(seedOf(`issue-6:${route.id}`));
    const urls: string[] = [];
    while (urls.length < CASES_PER_ROUTE) {
      const url = `${route.path}?${hostileQuery(random)}`;
      if (Buffer.byteLength(url) <= MAX_URL_BYTES) urls.push(url);
    }
    if (route.path !== "/" && /\/[^/]+\/[^/]+$/.test(route.path)) urls.push(...hostilePaths(route));

    const failures: Failure[] = [];
    for (let i = 0; i < urls.length; i += BATCH) {
      await Promise.all(urls.slice(i, i + BATCH).map((url) => check(request, url, failures)));
    }
    expect(failures, failures.slice(0, 15).map((f) => `${f.problem}: ${f.url}`).join("\n")).toEqual([]);
  });
}
