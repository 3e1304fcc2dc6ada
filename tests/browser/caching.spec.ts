import { expect, test } from "@playwright/test";
import { resolveRoutes } from "../../scripts/site-routes";

// How the site scales past one machine: every answer can be cached by a CDN (Cache-Control and an
// ETag, revalidated with a 304), and each view of the query-driven pages has one canonical URL.

for (const route of resolveRoutes().filter((r) => r.expectStatus === 200)) {
  test(`${route.label} (${route.path}) sends Cache-Control and an ETag, and a 304 for If-None-Match`, async ({ request }) => {
    const first = await request.get(route.path, { maxRedirects: 0 });
    expect(first.status()).toBe(200);
    const cacheControl = first.headers()["cache-control"] ?? "";
    expect(cacheControl).toMatch(/s-maxage=\d+/);
    expect(cacheControl).not.toMatch(/no-store|private/);
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

    const again = await request.get(route.path, { maxRedirects: 0, headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    const changed = await request.get(route.path, { maxRedirects: 0, headers: { "If-None-Match": '"something-else"' } });
    expect(changed.status()).toBe(200);
  });
}

test.describe("canonical URLs", () => {
  const spellings: [string, string][] = [
    ["/timeline?type=statement&actor=qatar", "/timeline?actor=qatar&type=statement"],
    ["/timeline?actor=Qatar&order=newest&utm_source=newsletter", "/timeline?actor=qatar"],
    ["/timeline?page=1&q=", "/timeline"],
    ["/figures?to=2025-06-30&from=2025-01-01", "/figures?from=2025-01-01&to=2025-06-30"],
    ["/figures?x=1", "/figures"],
    ["/proposals?utm_campaign=x", "/proposals"],
  ];
  for (const [given, canonical] of spellings) {
    test(`${given} redirects (308) to ${canonical}, which is served from the page cache`, async ({ request }) => {
      const response = await request.get(given, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers()["location"]).toBe(canonical);
      await request.get(canonical);
      const cached = await request.get(canonical, { maxRedirects: 0 });
      expect(cached.status()).toBe(200);
      expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    });
  }

  test("junk parameters cannot add pages to the cache: each lands on the one canonical view", async ({ request }) => {
    const canonical = await (await request.get("/timeline?actor=hamas")).text();
    for (let i = 0; i < 5; i += 1) {
      const response = await request.get(`/timeline?actor=hamas&x=${Date.now()}-${i}`);
      expect(response.url()).toMatch(/\/timeline\?actor=hamas$/);
      expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
      expect(await response.text()).toBe(canonical);
    }
  });

  test("a value that cannot be used renders with a notice and is never cached", async ({ request }) => {
    const response = await request.get("/timeline?actor=atlantis", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
    expect(await response.text()).toContain("atlantis");
  });

  test("the cached views' own addresses are not public", async ({ request }) => {
    for (const direct of ["/proposals-view/v", "/figures-view/v", "/timeline-view/v"]) {
      expect((await request.get(direct, { headers: { "x-timeline-view": "1" } })).status(), direct).toBe(404);
    }
  });
});
