import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { FIGURE_LIMITS } from "@/lib/queries/figure-sample";
import { formatCountValue } from "@/lib/format/format-count";
import { DatasetSchema, type Dataset } from "@/lib/schema/dataset";
import type { Metric } from "@/lib/schema/count";
import { csvRecords } from "./support/figures-csv";

const CHARTS: { name: string; metrics: Metric[] }[] = [
  { name: "Hostages held in Gaza", metrics: ["hostages-taken", "hostages-held", "hostages-alive", "hostages-dead", "hostages-of-concern"] },
  { name: "Deaths reported", metrics: ["deaths-gaza", "deaths-israel-oct7"] },
];

async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  return DatasetSchema.parse(await (await request.get("/api/dataset")).json());
}

function countsFor(dataset: Dataset, metrics: readonly Metric[], from?: string) {
  return dataset.counts.filter((c) => metrics.includes(c.metric) && (!from || c.date >= from));
}

async function openFigures(page: Page, query = "") {
  const response = await page.goto(`/figures${query}`);
  expect(response?.status()).toBe(200);
  await page.locator("svg.figure-panel-svg").first().waitFor();
  // The charts are server-drawn; their tooltips work once React has hydrated the page.
  await page.waitForFunction(() => Object.keys(document).some((key) => key.startsWith("__reactContainer")));
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("each chart draws one marker per reported figure, and its table lists the same figures", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  await openFigures(page);
  for (const chart of CHARTS) {
    const counts = countsFor(dataset, chart.metrics);
    expect(counts.length, chart.name).toBeGreaterThan(0);
    const region = section(page, chart.name);
    await expect(region.locator("svg a.figure-point")).toHaveCount(counts.length);
    const drawn = await region.locator("svg a.figure-point").evaluateAll((els) => els.map((el) => el.getAttribute("data-point-id")));
    expect(drawn.sort()).toEqual(counts.map((c) => c.id).sort());

    const rows = region.locator("table tbody tr");
    await expect(rows).toHaveCount(counts.length);
    for (const count of counts) {
      const row = region.locator(`tr[data-point-id="${count.id}"]`);
      await expect(row).toContainText(formatCountValue(count.value, count.qualifier));
      for (const source of count.sources) await expect(row).toContainText(source.quote);
    }
  }
});

test("conflicting reports for one date are separate markers, each labelled", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const groups = new Map<string, string[]>();
  for (const c of dataset.counts) groups.set(`${c.metric}|${c.date}`, [...(groups.get(`${c.metric}|${c.date}`) ?? []), c.id]);
  const conflict = [...groups.values()].find((ids) => ids.length > 1);
  test.skip(!conflict, "the dataset has no same-day reports");
  await openFigures(page);
  const boxes = [];
  for (const id of conflict!) {
    const marker = page.locator(`a.figure-point[data-point-id="${id}"]`);
    await expect(marker).toHaveAttribute("aria-label", new RegExp(`One of ${conflict!.length} reports`));
    boxes.push(await marker.locator(".figure-point-mark").boundingBox());
  }
  // Drawn apart, not on top of each other.
  const xs = boxes.map((b) => Math.round(b!.x));
  expect(new Set(xs).size).toBe(xs.length);
});

test("a marker shows its figure on keyboard focus and opens the source passage with Enter", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  await openFigures(page);
  const markers = page.locator("a.figure-point");
  const firstId = await markers.first().getAttribute("data-point-id");
  const count = dataset.counts.find((c) => c.id === firstId)!;

  await markers.first().focus();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(formatCountValue(count.value, count.qualifier));
  await expect(tooltip).toContainText(count.sources[0]!.quote);
  await expect(tooltip).toContainText("As of");
  await expect(markers.first()).toHaveAttribute("aria-describedby", await tooltip.getAttribute("id") ?? "");

  // Tab moves to the next marker and the tooltip follows it.
  await page.keyboard.press("Tab");
  const secondId = await markers.nth(1).getAttribute("data-point-id");
  const second = dataset.counts.find((c) => c.id === secondId)!;
  await expect(markers.nth(1)).toBeFocused();
  await expect(tooltip).toContainText(second.sources[0]!.quote);

  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  await markers.nth(1).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/sources/${second.sources[0]!.articleId}#q-[0-9a-f]{8}$`));
});

test("hovering a marker shows its tooltip", async ({ page }) => {
  await openFigures(page);
  const marker = section(page, "Deaths reported").locator("a.figure-point").last();
  await marker.hover();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await expect(page.getByRole("tooltip")).toContainText("Reported by");
});

test("on a touch screen, a first tap on a marker shows its figure and a second opens the source passage", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await openFigures(page);
    const marker = section(page, "Deaths reported").locator("a.figure-point").last();
    await marker.scrollIntoViewIfNeeded();
    const before = page.url();
    await marker.tap();
    // The browser follows a tap with emulated mouse events: they must not count as a hover that lets the tap through.
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("Tap the marker again to open the source passage.");
    expect(page.url()).toBe(before);
    await marker.tap();
    await page.waitForURL(/\/sources\/[^/#]+#q-[0-9a-f]{8}$/);
  } finally {
    await context.close();
  }
});

test("key events are marked on the time axis and listed as links", async ({ page }) => {
  // Markers close together share one range marker ("5–12"), which links to their entries in the list,
  // where each is linked; a marker for one event links to it directly. Changed from one badge per event.
  await openFigures(page);
  const region = section(page, "Hostages held in Gaza");
  const listed = region.getByRole("list", { name: "Key events on the time axis" }).getByRole("link");
  const hrefs = await listed.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/events\/[a-z0-9-]+$/);
  // The first chart's markers are links; the other charts repeat them for the eye (not links).
  const badges = region.locator("svg a.figure-event-badge");
  const covered: string[] = [];
  for (const badge of await badges.all()) {
    const ids = (await badge.getAttribute("data-event-ids"))!.split(" ");
    covered.push(...ids);
    const href = (await badge.getAttribute("href"))!;
    if (ids.length === 1) expect(href).toBe(`/events/${ids[0]}`);
    else {
      expect(href).toMatch(/^#hostages-event-\d+$/);
      const entry = region.locator(href);
      await expect(entry).toHaveCount(1);
      await expect(entry.getByRole("link")).toHaveAttribute("href", `/events/${ids[0]}`);
    }
  }
  expect(covered.map((id) => `/events/${id}`)).toEqual(hrefs);
});

test("the CSV download holds one row per figure and source, with source columns", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const response = await request.get("/api/figures.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.csv"$/);
  const records = csvRecords(await response.text());
  expect(records).toHaveLength(dataset.counts.reduce((n, c) => n + c.sources.length, 0));
  for (const count of dataset.counts) {
    const rows = records.filter((r) => r.id === count.id);
    expect(rows.map((r) => r.quote)).toEqual(count.sources.map((s) => s.quote));
    expect(rows.every((r) => r.value === String(count.value) && r.qualifier === count.qualifier && r.as_of === count.date)).toBe(true);
    expect(rows.every((r) => /\/sources\/[a-z0-9-]+#q-[0-9a-f]{8}$/.test(r.source_url ?? ""))).toBe(true);
  }

  // The page's link downloads the same file.
  await page.goto("/figures");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe("ceasefire-tracker-figures.csv");
});

test("a date range narrows both charts, their tables and the CSV link", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const from = "2025-01-01";
  await openFigures(page, `?from=${from}`);
  for (const chart of CHARTS) {
    const expected = countsFor(dataset, chart.metrics, from);
    const all = countsFor(dataset, chart.metrics);
    expect(expected.length).toBeLessThan(all.length);
    const region = section(page, chart.name);
    await expect(region.locator("svg a.figure-point")).toHaveCount(expected.length);
    await expect(region.locator("table tbody tr")).toHaveCount(expected.length);
  }
  await expect(page.locator('input[name="from"]')).toHaveValue(from);
  const csvHref = await page.getByRole("link", { name: /as CSV/ }).getAttribute("href");
  expect(csvHref).toBe(`/api/figures.csv?from=${from}`);
  const records = csvRecords(await (await request.get(csvHref!)).text());
  expect(new Set(records.map((r) => r.id))).toEqual(new Set(dataset.counts.filter((c) => c.date >= from).map((c) => c.id)));
});

test("the range form submits from and to as URL parameters", async ({ page }) => {
  await openFigures(page);
  await page.locator('input[name="from"]').fill("2024-01-01");
  await page.locator('input[name="to"]').fill("2024-12-31");
  await page.getByRole("button", { name: "Show range" }).click();
  await page.waitForURL(/\/figures\?from=2024-01-01&to=2024-12-31$/);
  await expect(page.getByText(/Showing \d+ figures? from 1 Jan 2024 to 31 Dec 2024/)).toBeVisible();
});

test("a bad date shows a notice and the page still answers 200", async ({ page }) => {
  const response = await page.goto("/figures?from=2025-13-45&to=soon");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notice).toContainText("from=2025-13-45");
  await expect(notice).toContainText("to=soon");
  await expect(page.locator("svg a.figure-point").first()).toBeVisible();
});

test("without JavaScript the tables still list every figure", async ({ browser, request }) => {
  const dataset = await loadDataset(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/figures");
  for (const chart of CHARTS) {
    const rows = section(page, chart.name).locator("table tbody tr");
    await expect(rows).toHaveCount(countsFor(dataset, chart.metrics).length);
    await expect(rows.first()).toBeVisible();
  }
  // The charts are drawn on the server, so they are there without scripts too (before issue 14: none).
  await expect(page.locator("svg a.figure-point")).toHaveCount(CHARTS.reduce((n, chart) => n + countsFor(dataset, chart.metrics).length, 0));
  await expect(page.locator("svg a.figure-point").first()).toBeVisible();
  await context.close();
});

test("the charts cause no layout shift while they draw", async ({ page }) => {
  // Records every shift with the elements that moved; only moves inside the page's own content count
  // (the page as a whole is checked by page-delivery.spec.ts).
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: (Node | null)[] }[] = [];
    Object.assign(window, { __figureShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] })[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, nodes: entry.sources.map((s) => s.node) });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await openFigures(page);
  await expect(page.locator("svg a.figure-point").first()).toBeVisible();
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => {
    const shifts = (window as unknown as { __figureShifts: { value: number; nodes: (Node | null)[] }[] }).__figureShifts;
    const inPage = (node: Node | null) => {
      const element = node instanceof Element ? node : node?.parentElement;
      return Boolean(element?.closest(".figures-page"));
    };
    return shifts.filter((s) => s.nodes.some(inPage)).reduce((sum, s) => sum + s.value, 0);
  });
  expect(shift).toBeLessThan(0.01);
});

test("the figures page fits a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openFigures(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const svg = await page.locator("svg.figure-panel-svg").first().boundingBox();
  expect(svg!.x + svg!.width).toBeLessThanOrEqual(360);
  await expect(page.locator("svg a.figure-point").first()).toBeVisible();
});

test("the home page shows the latest figures with who reported them", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  await page.goto("/");
  const region = page.getByRole("region", { name: "Latest reported figures" });
  const gaza = dataset.counts.filter((c) => c.metric === "deaths-gaza");
  const latestDate = gaza.map((c) => c.date).sort().at(-1);
  for (const count of gaza.filter((c) => c.date === latestDate)) {
    await expect(region).toContainText(formatCountValue(count.value, count.qualifier));
  }
  await expect(region.getByRole("link", { name: /All figures/ })).toHaveAttribute("href", "/figures");
  // No chart library on the home page: the sparklines are plain server-rendered SVG.
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
});

test("within the size limits every figure is shown, and a range's CSV link follows the range", async ({ page, request }) => {
  const dataset = await loadDataset(request);
  // A bigger dataset is sampled; one this size must not be.
  test.skip(CHARTS.some((chart) => countsFor(dataset, chart.metrics).length > FIGURE_LIMITS.pointsPerChart), "the dataset is large enough to be sampled");
  await openFigures(page);
  await expect(page.getByText(`Showing ${dataset.counts.length} figures from`)).toBeVisible();
  await expect(page.locator('[data-testid$="-table-more"]')).toHaveCount(0);
  await expect(page.getByText("spread evenly")).toHaveCount(0);
  for (const chart of CHARTS) {
    await expect(section(page, chart.name).locator("table caption")).toContainText(`Every figure in the chart, oldest first (${countsFor(dataset, chart.metrics).length})`);
  }

  await openFigures(page, "?from=2025-01-01");
  const inRange = dataset.counts.filter((c) => c.date >= "2025-01-01");
  await expect(page.getByText(`Showing ${inRange.length} ${inRange.length === 1 ? "figure" : "figures"} from`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download these figures as CSV" })).toHaveAttribute("href", "/api/figures.csv?from=2025-01-01");
});
