import { createServer, type Server } from "node:http";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { headTags } from "./support/head-tags";
import { expectHtmlAlone } from "./support/html-alone";
import { fetchDataset } from "./support/permalinks-data";

// Embeds are framed by other sites: they render in a frame on another origin, without the site's chrome,
// and every link in them opens in the framing page. Every other page refuses to be framed.

/** A page on another origin (a free port the system picks, one per worker) that frames whatever `?src=` names. */
let host: Server;
let hostOrigin = "";

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const src = new URL(request.url ?? "/", "http://host.invalid").searchParams.get("src") ?? "";
    const escaped = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Host page</title><h1>Someone else's article</h1><iframe id="embed" src="${escaped}" title="Embedded view" width="100%" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const address = host.address();
  if (!address || typeof address === "string") throw new Error("the host page's server has no port");
  hostOrigin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

async function frameOnHost(page: Page, path: string): Promise<FrameLocator> {
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${BASE_URL}${path}`)}`);
  return page.frameLocator("#embed");
}

/** Every link in the frame opens in the top window, and the site's header, nav and footer are absent. */
async function expectEmbedLinks(frame: FrameLocator) {
  await expect(frame.locator("h1")).toBeVisible();
  const targets = await frame.locator("a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.getAttribute("target")]));
  expect(targets.length).toBeGreaterThan(2);
  for (const [href, target] of targets) expect(target, `link to ${href}`).toBe("_top");
  await expect(frame.locator('nav[aria-label="Main"]')).toHaveCount(0);
  await expect(frame.getByText("Skip to content")).toHaveCount(0);
  await expect(frame.locator("body > footer, body footer.mt-16")).toHaveCount(0);
}

test("the timeline embed renders on another origin and its entries match the timeline's", async ({ page, request }) => {
  const frame = await frameOnHost(page, "/embed/timeline?type=statement");
  await expectEmbedLinks(frame);
  const api = (await (await request.get("/api/v1/entries?type=statement")).json()) as { data: { id: string; kind: string }[] };
  const hrefs = await frame.locator("ol > li p.font-semibold a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(api.data.map((entry) => `/timeline?entry=${entry.id}#${entry.id}`));
  await expect(frame.getByRole("link", { name: /Open this view on the full timeline/ })).toHaveAttribute("href", "/timeline?type=statement");
});

test("a link in the embed navigates the top window, not the frame", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  const event = dataset.events[0]!;
  const frame = await frameOnHost(page, `/embed/events/${event.id}`);
  await expectEmbedLinks(frame);
  await expect(frame.locator("h1")).toHaveText(event.title);
  await frame.getByRole("link", { name: /Read the full event page/ }).click();
  await page.waitForURL(`${BASE_URL}/events/${event.id}`);
  await expect(page.locator("h1")).toHaveText(event.title);
});

test("the figures embed renders on another origin, each figure with who reported it", async ({ page }) => {
  const frame = await frameOnHost(page, "/embed/figures");
  await expectEmbedLinks(frame);
  const figures = frame.locator("section li");
  expect(await figures.count()).toBeGreaterThan(0);
  await expect(figures.first()).toContainText("As of");
});

test("embeds are readable without JavaScript", async ({ browser, request }) => {
  const dataset = await fetchDataset(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/embed/timeline");
  expect(await page.locator("ol > li").count()).toBeGreaterThan(0);
  await page.goto(`/embed/events/${dataset.events[0]!.id}`);
  await expect(page.locator("h1")).toHaveText(dataset.events[0]!.title);
  await context.close();
});

test("framing is allowed for /embed/* only", async ({ request }) => {
  const dataset = await fetchDataset(request);
  const frameAncestors = (csp: string | undefined) => /frame-ancestors ([^;]+)/.exec(csp ?? "")?.[1]?.trim();
  for (const path of ["/embed/timeline", "/embed/figures", `/embed/events/${dataset.events[0]!.id}`]) {
    const headers = (await request.get(path)).headers();
    expect(frameAncestors(headers["content-security-policy"]), path).toBe("*");
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
  for (const path of ["/", "/timeline", "/figures", `/events/${dataset.events[0]!.id}`, "/embedded", "/cards/pages/timeline"]) {
    const headers = (await request.get(path)).headers();
    expect(frameAncestors(headers["content-security-policy"]), path).toBe("'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("a full page framed by another origin is refused", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|refused to (display|frame)/i.test(message.text())) blocked.push(message.text());
  });
  await frameOnHost(page, `/events/${dataset.events[0]!.id}`);
  await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
});

test("embed parameters are handled as the timeline's: redirects, notices, 404s, never a 500", async ({ request }) => {
  const redirect = await request.get("/embed/timeline?actor=Qatar&utm_source=x", { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toBe("/embed/timeline?actor=qatar");
  const unknown = await request.get("/embed/timeline?actor=atlantis");
  expect(unknown.status()).toBe(200);
  expect(await unknown.text()).toContain("atlantis");
  const badDate = await request.get("/embed/figures?from=2025-02-31");
  expect(badDate.status()).toBe(200);
  expect(await badDate.text()).toContain("2025-02-31");
  expect((await request.get("/embed/events/no-such-event")).status()).toBe(404);
  expect((await request.get("/embed/timeline-view/x")).status()).toBe(404);
});

test("“Embed this” offers a titled, full-width iframe snippet that works", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  const event = dataset.events[0]!;
  await page.goto(`/events/${event.id}`);
  await page.getByText("Embed this", { exact: true }).click();
  const snippet = await page.locator(".embed-this textarea").inputValue();
  const src = `${BASE_URL}/embed/events/${event.id}`;
  expect(snippet).toContain(`src="${src}"`);
  expect(snippet).toContain('width="100%"');
  expect(snippet).toMatch(/height="\d+"/);
  expect(snippet).toContain(`title="Ceasefire Tracker: ${event.title.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
  expect((await request.get(src)).status()).toBe(200);

  await page.goto("/timeline?actor=qatar");
  await page.getByText("Embed this", { exact: true }).click();
  expect(await page.locator(".embed-this textarea").inputValue()).toContain(`src="${BASE_URL}/embed/timeline?actor=qatar"`);
  await page.goto("/figures");
  await page.getByText("Embed this", { exact: true }).click();
  expect(await page.locator(".embed-this textarea").inputValue()).toContain(`src="${BASE_URL}/embed/figures"`);
});

test("a canonical timeline embed is sent as HTML alone; a view with a notice still renders per request", async ({ page }) => {
  await expectHtmlAlone(page, ["/embed/timeline", "/embed/timeline?actor=qatar", "/embed/timeline?type=statement&order=oldest"], (p) => p.locator("ol > li"));

  const withNotice = await page.goto("/embed/timeline?actor=atlantis");
  expect(withNotice?.status()).toBe(200);
  await expect(page.getByText(/atlantis/).first()).toBeVisible();
});

test("a canonical figures embed is sent as HTML and its stylesheet alone, charts drawn; a range with a notice still renders per request", async ({ page }) => {
  const paths = ["/embed/figures", "/embed/figures?window=12m", "/embed/figures?from=2024-01-01&to=2025-12-31"];
  await expectHtmlAlone(page, paths, (p) => p.locator("[data-panel] .figure-point"));
  // Styled by the charts' stylesheet (which the Pages Router takes from pages/_app.tsx): leader lines dotted.
  await page.goto(paths[0]!);
  expect(await page.locator(".figure-leader").first().evaluate((line) => getComputedStyle(line).strokeDasharray)).not.toBe("none");

  const withNotice = await page.goto("/embed/figures?from=2025-02-31");
  expect(withNotice?.status()).toBe(200);
  expect(await withNotice!.text()).toContain("self.__next_f");
  await expect(page.locator("[data-panel] .figure-point").first()).toBeVisible();
});

// Each cached embed against the per-request App Router page of the same view: a value that cannot be used is
// dropped with a notice, so the second address renders per request and shows the first one's view.
const SAME_VIEW = [
  { name: "timeline embed", cached: "/embed/timeline?actor=qatar", perRequest: "/embed/timeline?actor=qatar&actor=atlantis" },
  { name: "figures embed", cached: "/embed/figures?from=2024-01-01", perRequest: "/embed/figures?from=2024-01-01&to=2025-02-31" },
];

for (const view of SAME_VIEW) {
  test(`a cached ${view.name}'s head tags are those the App Router writes for the same view`, async ({ page }) => {
    const cached = await headTags(page, view.cached);
    expect(await page.content()).not.toContain("self.__next_f");
    const perRequest = await headTags(page, view.perRequest);
    expect(await page.content()).toContain("self.__next_f");
    expect(cached.some((tag) => tag.startsWith("meta robots | noindex, follow"))).toBe(true);
    expect(cached.length).toBeGreaterThan(10);
    expect(cached).toEqual(perRequest);
  });
}

test("an event embed is sent as HTML alone, with the embed's head tags", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  const event = dataset.events.at(-1)!;
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  const response = await page.goto(`/embed/events/${event.id}`);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toMatch(/<script\b/);
  expect(html).not.toContain("__NEXT_DATA__");
  expect(scripts).toEqual([]);
  await expect(page.locator("h1")).toHaveText(event.title);
  await expect(page).toHaveTitle(`${event.title} (embed) · Ceasefire Tracker`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/events/${event.id}$`));
});
