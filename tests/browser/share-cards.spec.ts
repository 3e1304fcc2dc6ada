import { expect, test, type Page } from "@playwright/test";
import { fetchDataset } from "./support/permalinks-data";
import { pngSize } from "./support/png-size";

// Every page type links a share card (og:image, twitter:image) that answers as a 1200×630 PNG, cacheable,
// and unknown records have no card.

/** The og:image of the page now open, as a site-relative address (Next.js makes it absolute on its own origin). */
async function ogImagePath(page: Page): Promise<string> {
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  const twitter = await page.locator('meta[name="twitter:image"]').getAttribute("content");
  expect(og).toBeTruthy();
  expect(twitter).toBe(og);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const url = new URL(og!);
  return `${url.pathname}${url.search}`;
}

test("each page type links its own card, a 1200×630 PNG", async ({ page, request }) => {
  test.slow(); // eight cards, each drawn on its first request
  const dataset = await fetchDataset(request);
  const statement = dataset.statements[0]!;
  const pages: [string, string][] = [
    [`/events/${dataset.events[0]!.id}`, `/cards/events/${dataset.events[0]!.id}`],
    // Statements have no page of their own: their permalink is the timeline opened at the entry.
    [`/timeline?entry=${statement.id}`, `/cards/statements/${statement.id}`],
    [`/actors/${dataset.actors[0]!.id}`, `/cards/actors/${dataset.actors[0]!.id}`],
    [`/proposals/${dataset.proposals[0]!.id}`, `/cards/proposals/${dataset.proposals[0]!.id}`],
    [`/sources/${dataset.articles[0]!.id}`, `/cards/sources/${dataset.articles[0]!.id}`],
    ["/timeline", "/cards/pages/timeline"],
    ["/proposals", "/cards/pages/proposals"],
    ["/figures", "/cards/pages/figures"],
  ];
  const etags = new Set<string>();
  for (const [path, card] of pages) {
    await page.goto(path);
    const imagePath = await ogImagePath(page);
    expect(imagePath, path).toBe(card);
    const response = await request.get(imagePath);
    expect(response.status(), imagePath).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body()), imagePath).toEqual({ width: 1200, height: 630 });
    etags.add(response.headers()["etag"]!);
  }
  // Each card is drawn for its own record: no two pages share an image.
  expect(etags.size).toBe(pages.length);
});

test("a card is cacheable: Cache-Control, an ETag and 304 Not Modified", async ({ request }) => {
  const dataset = await fetchDataset(request);
  const path = `/cards/events/${dataset.events[1]!.id}`;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get(path, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
});

test("unknown records and kinds have no card (404, never cached)", async ({ request }) => {
  const dataset = await fetchDataset(request);
  const eventId = dataset.events[0]!.id;
  for (const path of ["/cards/events/no-such-event", `/cards/statements/${eventId}`, "/cards/pages/home", `/cards/nonsense/${eventId}`, "/cards/events/%E2%80%A6"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
  }
  const hostile = await request.get("/cards/pages/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  expect(hostile.status()).toBe(404);
  expect(await hostile.text()).not.toContain("<script");
  // Broken percent-encoding is refused before routing, as for every page (Next.js would answer 500).
  expect((await request.get("/cards/events/%ED%A0%80")).status()).toBe(400);
});
