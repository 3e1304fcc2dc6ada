import { expect, test, type Page } from "@playwright/test";
import { atomText, JsonFeedSpec, parseAtom } from "../support/feed-specs";
import { expectedIds, loadIndex } from "./support/timeline-expect";

// Following a view: the feed a page links in its head holds exactly the entries the page shows.

/** The card links of the page's entries (each card's title links to the entry's permalink), in page order. */
async function shownPermalinks(page: Page): Promise<string[]> {
  return page.locator(".timeline-results article.entry-card .entry-title a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** A feed id (an absolute permalink) as a site-relative address. */
const relative = (id: string) => {
  const url = new URL(id);
  return `${url.pathname}${url.search}${url.hash}`;
};

async function headFeed(page: Page, type: string): Promise<string> {
  const href = await page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

test.describe("subscribing to a filtered timeline view", () => {
  const view = "/timeline?actor=qatar&type=statement";

  test("the Atom feed in the page's head holds exactly the entries the page shows, newest first", async ({ page, request, baseURL }) => {
    await page.goto(view);
    const href = await headFeed(page, "application/atom+xml");
    expect(href).toBe("/timeline/feed.atom?actor=qatar&type=statement");
    // The visible "Follow this view" link is the same address.
    await expect(page.getByText("Follow this view:").locator("..").getByRole("link", { name: /^Atom/ })).toHaveAttribute("href", href);

    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const atom = parseAtom(await response.text());
    const shown = await shownPermalinks(page);
    expect(shown.length).toBeGreaterThan(0);
    // Ids are the absolute permalinks, on the origin the reader used.
    expect(atom.entry.map((entry) => entry.id)).toEqual(shown.map((path) => `${baseURL}${path}`));
    // And both are what the filter should match (a plain scan of the served data).
    const index = await loadIndex(request);
    expect(shown.length).toBe(expectedIds(index, { actorIds: ["qatar"], types: ["statement"] }).length);
    // Newest first by the record's own date (`updated` may be a later correction's).
    const published = atom.entry.map((entry) => entry.published!);
    expect(published).toEqual([...published].sort().reverse());
  });

  test("the JSON Feed in the head meets JSON Feed 1.1 and has the same entries", async ({ page, request }) => {
    await page.goto(view);
    const href = await headFeed(page, "application/feed+json");
    const response = await request.get(href);
    expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
    const feed = JsonFeedSpec.parse(await response.json());
    expect(feed.items.map((item) => relative(item.id))).toEqual(await shownPermalinks(page));
  });

  test("an unfiltered second page's feed is that page", async ({ page, request }) => {
    const index = await loadIndex(request);
    test.skip(index.timeline.length <= 100, "the data fits on one page");
    await page.goto("/timeline?p=2");
    const atom = parseAtom(await (await request.get(await headFeed(page, "application/atom+xml"))).text());
    expect(atom.entry.map((entry) => relative(entry.id))).toEqual(await shownPermalinks(page));
  });
});

test("actor, proposal and corrections pages have feeds with the right content types; an unknown id is a 404", async ({ page, request }) => {
  const index = await loadIndex(request);
  const actor = index.dataset.actors[0]!;
  await page.goto(`/actors/${actor.id}`);
  const actorFeed = await request.get(await headFeed(page, "application/atom+xml"));
  expect(actorFeed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(atomText(parseAtom(await actorFeed.text()).title)).toContain(actor.name);

  const proposal = index.dataset.proposals[0]!;
  await page.goto(`/proposals/${proposal.id}`);
  const proposalFeed = await request.get(await headFeed(page, "application/feed+json"));
  expect(proposalFeed.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const items = JsonFeedSpec.parse(await proposalFeed.json()).items;
  const naming = index.timeline.filter((entry) => entry.proposalIds.includes(proposal.id));
  expect(items).toHaveLength(Math.min(naming.length, 100));

  for (const [path, type] of [
    ["/corrections/feed.atom", "application/atom+xml; charset=utf-8"],
    ["/corrections/feed.json", "application/feed+json; charset=utf-8"],
  ]) {
    const response = await request.get(path!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
  }
  // The corrections feed: the latest corrections, newest first, each at its entry on /corrections.
  const corrections = [...index.dataset.corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const correctionEntries = parseAtom(await (await request.get("/corrections/feed.atom")).text()).entry;
  expect(correctionEntries.map((entry) => relative(entry.id))).toEqual(corrections.slice(0, 100).map((correction) => `/corrections#${correction.id}`));
  expect((await request.get("/actors/no-such-actor/feed.atom")).status()).toBe(404);
  expect((await request.get("/proposals/no-such-proposal/feed.json")).status()).toBe(404);
});

test("a bad parameter never breaks a feed: it answers like the page, naming what it ignored, uncached", async ({ request }) => {
  const hostile = [
    "actor=atlantis",
    "from=2025-02-30&to=2024-01-01",
    "p=-1",
    "p=99999",
    "type=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    `q=${"x".repeat(5000)}`,
    "entry=%00",
    "actor=qatar&actor=qatar&page=2&p=3",
  ];
  for (const query of hostile) {
    for (const format of ["atom", "json"]) {
      const response = await request.get(`/timeline/feed.${format}?${query}`);
      expect(response.status(), query).toBe(200);
      const body = await response.text();
      expect(body).not.toContain("<script");
      if (format === "atom") parseAtom(body);
      else JsonFeedSpec.parse(JSON.parse(body));
    }
  }
  const noticed = await request.get("/timeline/feed.atom?actor=atlantis");
  expect(atomText(parseAtom(await noticed.text()).subtitle!)).toContain("“atlantis”");
  expect(noticed.headers()["cache-control"]).toMatch(/no-store/);
});

test("feeds answer If-None-Match with 304", async ({ request }) => {
  const first = await request.get("/timeline/feed.json?type=statement");
  const etag = first.headers()["etag"]!;
  expect((await request.get("/timeline/feed.json?type=statement", { headers: { "If-None-Match": etag } })).status()).toBe(304);
});

test.describe("crawling", () => {
  test("robots.txt allows everything and names absolute sitemaps that list every event page", async ({ request, baseURL }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/User-Agent: \*\s+Allow: \//i);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locations: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${baseURL}/sitemap/`)).toBe(true);
      const xml = await (await request.get(new URL(sitemap).pathname)).text();
      locations.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
    }
    const index = await loadIndex(request);
    for (const event of index.dataset.events) expect(locations).toContain(`${baseURL}/events/${event.id}`);
    expect(new Set(locations).size).toBe(locations.length);
  });

  test("the manifest and both icons are served", async ({ request }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Ceasefire Tracker", start_url: "/" });
    expect((await request.get("/favicon.ico")).headers()["content-type"]).toBe("image/x-icon");
    expect((await request.get("/icon.svg")).headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });
});
