import { expect, test } from "@playwright/test";
import type { DatasetIndex } from "@/lib/queries/dataset-index";
import { headTags } from "./support/head-tags";
import { actorCheckbox, countLine, loadIndex, settled } from "./support/timeline-expect";

// The canonical timeline views (pages/timeline-view) are sent as HTML alone, with no React or Next.js
// runtime: public/scripts/timeline.js does what the client components do once hydrated elsewhere.

let index: DatasetIndex;

test.describe.configure({ timeout: 60_000 });

test.beforeAll(async ({ request }) => {
  index = await loadIndex(request);
});

const NEXT_SCRIPT = /\/_next\/static\/.*\.js(\?|$)/;

test("a canonical view loads no Next.js or React script and carries no RSC payload; its styles are linked", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script" || NEXT_SCRIPT.test(request.url())) scripts.push(new URL(request.url()).pathname);
  });
  for (const path of ["/timeline", "/timeline?actor=qatar", "/timeline?order=oldest&p=1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = await response!.text();
    expect(html, path).not.toContain("self.__next_f");
    expect(html, path).not.toContain("__NEXT_DATA__");
    await expect(page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first()).toBeAttached();
    await settled(page);
  }
  expect(scripts.filter((script) => NEXT_SCRIPT.test(script))).toEqual([]);
  expect([...new Set(scripts)]).toEqual(["/scripts/timeline.js"]);

  // A view with a value that cannot be used still renders per request by the App Router, hydrated.
  const withNotice = await page.goto("/timeline?actor=atlantis");
  expect(await withNotice!.text()).toContain("self.__next_f");
});

test("without React, the copy-link button copies and confirms, and a new fragment highlights its entry", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const first = index.timeline[1]!;
  const far = index.timeline[Math.floor(index.timeline.length * 0.7)]!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/timeline");
  const card = page.locator(`article[id="${first.id}"]`);
  await card.getByRole("button", { name: `Copy link to “${first.title}”` }).click();
  await expect(card.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/timeline?entry=${first.id}#${first.id}`);
  // The confirmation goes again, as React's does.
  await expect(card.getByRole("status")).toHaveText("", { timeout: 5_000 });

  await page.evaluate((id) => (window.location.hash = id), far.id);
  const target = page.locator(`article[id="${far.id}"]`);
  await expect(target).toHaveClass(/is-highlighted/);
  await expect(target).toBeInViewport();
  await expect(card).not.toHaveClass(/is-highlighted/);

  // "Embed this" gives the snippet on this page's own address, ready to paste.
  await page.getByText("Embed this", { exact: true }).click();
  await expect(page.getByRole("textbox", { name: /^Paste this HTML/ })).toHaveValue(new RegExp(`src="${baseURL}/embed/timeline"`));
});

test("Back after a filter applied in place shows the previous view again", async ({ page }) => {
  await page.goto("/timeline");
  const qatar = index.actors.get("qatar")!.name;
  await actorCheckbox(page, qatar).check();
  await page.waitForURL((url) => url.searchParams.get("actor") === "qatar");
  await settled(page);
  await expect(countLine(page)).toContainText(" match");

  await page.goBack();
  await page.waitForURL((url) => url.pathname === "/timeline" && url.search === "");
  await expect(countLine(page)).toHaveText(new RegExp(`^${index.timeline.length} entries`));
  await expect(actorCheckbox(page, qatar)).not.toBeChecked();
  await expect(page).toHaveTitle("Timeline · Ceasefire Tracker");
});

test("the colour scheme is the reader's from the first paint, with scripts off", async ({ browser, baseURL }) => {
  for (const [colorScheme, background] of [["dark", "rgb(18, 18, 18)"], ["light", "rgb(251, 250, 247)"]] as const) {
    const context = await browser.newContext({ baseURL, colorScheme, javaScriptEnabled: false, viewport: { width: 1280, height: 4000 } });
    const page = await context.newPage();
    // A view with no entries: a page shorter than the window.
    await page.goto("/timeline?actor=hamas&from=2099-01-01&to=2099-12-31");
    await expect(page.getByRole("heading", { name: "No entries match these filters" })).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(background);
    // The body's flex column holds through Next's <div id="__next">: main grows, the footer ends the window.
    const footer = (await page.locator("body footer").boundingBox())!;
    expect(Math.round(footer.y + footer.height)).toBe(4000);
    await context.close();
  }
});

test("a view's head tags are those the App Router writes for the same view", async ({ page }) => {
  // The same view, once as a cached page (Pages Router) and once per request with a notice (App Router):
  // the unknown actor is ignored, so title, description, feeds and card are the Qatar view's.
  const cached = await headTags(page, "/timeline?actor=qatar");
  expect(await page.content()).not.toContain("self.__next_f");
  const perRequest = await headTags(page, "/timeline?actor=qatar&actor=atlantis");
  expect(await page.content()).toContain("self.__next_f");
  expect(cached.length).toBeGreaterThan(20);
  expect(cached).toEqual(perRequest);
});

test("the skip link moves focus to the timeline's main content", async ({ page }) => {
  await page.goto("/timeline");
  await page.keyboard.press("Tab");
  const skip = page.locator(":focus");
  await expect(skip).toHaveAttribute("href", "#main");
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  // A fragment that names the page's own landmark is not taken for an entry to look up.
  expect(new URL(page.url()).searchParams.has("entry")).toBe(false);
});

test("cards out of view are laid out once the page is idle, a few at a time, and nothing on screen moves", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/timeline");
  const cards = page.locator(".timeline-results .entry-card");
  const first = await cards.first().boundingBox();
  // Far below the fold a card starts as a placeholder (content-visibility: auto)…
  const lastAtLoad = await cards.last().evaluate((card) => getComputedStyle(card).contentVisibility);
  expect(["auto", "visible"]).toContain(lastAtLoad);
  // …and every card ends up laid out in full.
  await expect(page.locator(".timeline-results .entry-card:not(.is-laid-out)")).toHaveCount(0, { timeout: 10_000 });
  const visibilities = await cards.evaluateAll((all) => [...new Set(all.map((card) => getComputedStyle(card).contentVisibility))]);
  expect(visibilities).toEqual(["visible"]);
  expect(await cards.count()).toBe(index.timeline.slice(0, 100).length);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await cards.first().boundingBox()).toEqual(first);
});
