import { expect, test } from "@playwright/test";
import { DatasetSchema } from "@/lib/schema/dataset";

test("home page shows the dataset at a glance", async ({ page, request }) => {
  const dataset = DatasetSchema.parse(await (await request.get("/api/dataset")).json());
  await page.goto("/");
  await expect(page).toHaveTitle(/Ceasefire Tracker/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ceasefire");

  const glance = page.getByRole("region", { name: "The dataset at a glance" });
  for (const [label, count] of [
    ["Events", dataset.events.length],
    ["Statements", dataset.statements.length],
    ["Proposals", dataset.proposals.length],
    ["Actors", dataset.actors.length],
    ["Source articles", dataset.articles.length],
  ] as const) {
    await expect(glance.locator("div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd")).toHaveText(String(count));
  }
  // Each source article is listed with a link to its page.
  for (const article of dataset.articles) {
    await expect(page.locator(`a[href="/sources/${article.id}"]`).first()).toBeVisible();
  }
});

test("GET /api/dataset returns the documented shape", async ({ request }) => {
  const response = await request.get("/api/dataset");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const json = await response.json();
  // The contract only grows: the six original collections, plus the corrections log (issue 11).
  expect(Object.keys(json).sort()).toEqual(["actors", "articles", "corrections", "counts", "events", "proposals", "statements"]);
  const dataset = DatasetSchema.parse(json);
  for (const key of ["actors", "events", "statements", "proposals", "counts"] as const) {
    expect(dataset[key].length, key).toBeGreaterThan(0);
    for (const fact of dataset[key]) expect(fact.sources.length).toBeGreaterThan(0);
  }
  expect(dataset.events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))).toBe(true);
});

test("the home page works at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: "Open the timeline" })).toBeVisible();
});
