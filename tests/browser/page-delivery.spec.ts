import { expect, test } from "@playwright/test";
import { resolveRoutes } from "../../scripts/site-routes";
import { skipUnlessBuilt } from "./support/hardening-probe";

// Every page arrives whole in its HTML. A Suspense boundary above a page (a `loading.tsx`) makes React
// send any page over ~12.8 KB as a fallback first and swap the page in by script: the whole <main>
// then jumps (Lighthouse measured a layout shift of 0.88) and without JavaScript only the fallback shows.

const PAGES = resolveRoutes().filter((route) => route.kind === "page");

for (const route of PAGES) {
  test(`${route.label} (${route.path}) is in its HTML in place, not streamed in behind a fallback`, async ({ request }) => {
    await skipUnlessBuilt(request, route);
    const html = await (await request.get(route.path)).text();
    expect(html).toContain('<main id="main"');
    // React's markers for a boundary sent as a fallback (B:) whose content follows hidden (S:).
    expect(html).not.toMatch(/<template id="B:\d+"/);
    expect(html).not.toMatch(/<div hidden id="S:\d+"/);
  });
}

test("the timeline does not shift while it loads and hydrates", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/timeline");
  await page.locator('form[aria-label="Filter the timeline"][aria-busy="false"]').waitFor();
  await page.waitForTimeout(500);
  const total = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, v) => sum + v, 0));
  // Lighthouse's threshold for a good cumulative layout shift.
  expect(total).toBeLessThan(0.1);
});
