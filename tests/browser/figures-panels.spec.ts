// Issue 14: small multiples on /figures read at a glance. Expected values come from /api/dataset, never
// from the chart code; positions are the rendered boxes (getBoundingClientRect) at a phone's and a
// desktop's width.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatShortDate } from "@/lib/format/format-date";
import { formatShortCountValue } from "@/lib/format/format-figure";
import type { Count } from "@/lib/schema/count";
import { DatasetSchema, type Dataset } from "@/lib/schema/dataset";

const WIDTHS = [360, 1280] as const;
type Box = { left: number; right: number; top: number; bottom: number };

async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  return DatasetSchema.parse(await (await request.get("/api/dataset")).json());
}

/** Who reported a count, as a reader finds it in the article: the actor's short name, else the outlet. */
function reporterOf(count: Count, dataset: Dataset): string {
  const actor = dataset.actors.find((a) => a.id === count.reportedById);
  if (actor) return actor.shortName;
  const outlet = count.sources.map((s) => dataset.articles.find((a) => a.id === s.articleId)?.outlet).find(Boolean);
  return outlet ? `not attributed; ${outlet}` : "not attributed in the article";
}

/** The reports a panel of these metrics labels: those of the latest as-of date among its figures in the range. */
function latestOf(counts: readonly Count[]): Count[] {
  const latest = counts.map((c) => c.date).sort().at(-1);
  return counts.filter((c) => c.date === latest);
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function open(page: Page, width: number, query = "") {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`/figures${query}`);
  expect(response?.status()).toBe(200);
  await page.locator("svg.figure-panel-svg").first().waitFor();
}

for (const width of WIDTHS) {
  test(`each chart's latest label shows the latest value, who reported it and the date, at ${width} px`, async ({ page, request }) => {
    const dataset = await loadDataset(request);
    await open(page, width);
    const panels = page.locator("[data-panel]:has(svg.figure-panel-svg)");
    expect(await panels.count()).toBeGreaterThanOrEqual(4);
    for (const panel of await panels.all()) {
      const metrics = (await panel.getAttribute("data-panel"))!.split("+");
      const expected = latestOf(dataset.counts.filter((c) => metrics.includes(c.metric)));
      const labels = panel.locator("g.figure-latest-label");
      await expect(labels).toHaveCount(expected.length);
      const svgBox = (await panel.locator("svg").boundingBox())!;
      const boxes: Box[] = [];
      for (const count of expected) {
        const label = panel.locator(`g.figure-latest-label[data-point-id="${count.id}"]`);
        const text = (await label.evaluate((g) => [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "))).replace(/\s+/g, " ");
        expect(text, count.id).toContain(formatShortCountValue(count.value, count.qualifier, count));
        expect(text, count.id).toContain(reporterOf(count, dataset));
        if (count.precision === "day") expect(text, count.id).toContain(formatShortDate(count.date));
        // Drawn, inside the chart, right of its own marker (the end of the line), and legible.
        const box = await label.evaluate((g) => g.getBoundingClientRect().toJSON() as Box);
        const mark = await panel.locator(`a.figure-point[data-point-id="${count.id}"] .figure-point-mark`).evaluate((m) => m.getBoundingClientRect().toJSON() as Box);
        expect(box.left).toBeGreaterThanOrEqual(mark.right);
        expect(box.right).toBeLessThanOrEqual(svgBox.x + svgBox.width + 1);
        const fontSize = await label.locator("text").first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
        expect(fontSize).toBeGreaterThanOrEqual(12);
        boxes.push(box);
      }
      for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  test(`no two key-event markers overlap, and they sit in one row, at ${width} px`, async ({ page }) => {
    await open(page, width);
    const svgs = page.locator("svg.figure-panel-svg");
    for (const svg of await svgs.all()) {
      const boxes = await svg.locator(".figure-event-badge rect").evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as Box));
      expect(boxes.length).toBeGreaterThan(0);
      for (let i = 0; i < boxes.length; i += 1) {
        expect(Math.abs(boxes[i]!.top - boxes[0]!.top)).toBeLessThan(1);
        for (let j = i + 1; j < boxes.length; j += 1) expect(overlaps(boxes[i]!, boxes[j]!), `markers ${i} and ${j}`).toBe(false);
      }
    }
  });
}

test("the hostage split shows held, alive and dead from one article, with who reported each", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const day = (metric: string, date: string, articleId: string) =>
    dataset.counts.filter((c) => c.metric === metric && c.date === date && c.sources.some((s) => s.articleId === articleId));
  // Read from the data: the latest day and article that give exactly one figure for each of the three.
  const candidates = dataset.counts
    .filter((c) => c.metric === "hostages-held")
    .flatMap((held) => held.sources.map((s) => ({ held, articleId: s.articleId })))
    .filter(({ held, articleId }) => ["hostages-held", "hostages-alive", "hostages-dead"].every((m) => day(m, held.date, articleId).length === 1))
    .sort((a, b) => a.held.date.localeCompare(b.held.date));
  test.skip(candidates.length === 0, "no article gives held, alive and dead for one day");
  const { held, articleId } = candidates.at(-1)!;
  const alive = day("hostages-alive", held.date, articleId)[0]!;
  const dead = day("hostages-dead", held.date, articleId)[0]!;
  await open(page, 360);
  const split = page.locator('[data-panel="composition"]');
  await expect(split).toContainText(`As of ${formatShortDate(held.date)}`);
  await expect(split).toContainText(`${formatShortCountValue(held.value, held.qualifier)} held`);
  await expect(split.locator('[data-metric="hostages-alive"]')).toContainText(formatShortCountValue(alive.value, alive.qualifier));
  await expect(split.locator('[data-metric="hostages-alive"]')).toContainText(reporterOf(alive, dataset));
  await expect(split.locator('[data-metric="hostages-dead"]')).toContainText(formatShortCountValue(dead.value, dead.qualifier));
  if ([held, alive, dead].every((c) => c.qualifier === "exact")) {
    await expect(split.locator('[data-metric="remainder"]')).toContainText(String(held.value - alive.value - dead.value));
  }
});

test("the time window refits the axes, keeps to its dates and says where it counts from", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const latest = dataset.counts.map((c) => c.date).sort().at(-1)!;
  const from = new Date(Date.parse(`${latest}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
  await open(page, 1280);
  const ticks = (p: Page) => p.locator("svg.figure-panel-svg").first().locator(".figure-tick").allTextContents();
  const allTicks = await ticks(page);

  await page.getByRole("navigation", { name: "Quick date ranges" }).getByRole("link", { name: "Last 90 days" }).click();
  await page.waitForURL(/\/figures\?window=90d$/);
  await expect(page.getByRole("link", { name: "Last 90 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("figure-window-note")).toContainText(`counted back from ${formatShortDate(latest)}`);
  expect(await ticks(page)).not.toEqual(allTicks);
  const inWindow = dataset.counts.filter((c) => c.date >= from && c.date <= latest).map((c) => c.id).sort();
  const drawn = await page.locator("svg a.figure-point").evaluateAll((els) => els.map((el) => el.getAttribute("data-point-id")!));
  expect(drawn.sort()).toEqual(inWindow);
  await expect(page.getByRole("link", { name: "Download these figures as CSV" })).toHaveAttribute("href", `/api/figures.csv?from=${from}&to=${latest}`);
});

test("a bad window renders the page with a notice", async ({ page }) => {
  const response = await page.goto("/figures?window=forever");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "window=forever" })).toBeVisible();
  await expect(page.locator("svg a.figure-point").first()).toBeVisible();
});

test("the CSV takes the page's window: the same rows as its dates, fewer than every figure", async ({ request }) => {
  const dataset = await loadDataset(request);
  const latest = dataset.counts.map((c) => c.date).sort().at(-1)!;
  const from = new Date(Date.parse(`${latest}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10);
  const windowed = await request.get("/api/figures.csv?window=90d");
  expect(windowed.status()).toBe(200);
  const byDates = await request.get(`/api/figures.csv?from=${from}&to=${latest}`);
  const all = await request.get("/api/figures.csv");
  const body = await windowed.text();
  expect(body).toBe(await byDates.text());
  expect(body.split("\n").length).toBeLessThan((await all.text()).split("\n").length);
  expect(windowed.headers()["content-disposition"]).toBe(byDates.headers()["content-disposition"]);
  // As on the page, an unknown window is ignored.
  expect(await (await request.get("/api/figures.csv?window=forever")).text()).toBe(await all.text());
});
