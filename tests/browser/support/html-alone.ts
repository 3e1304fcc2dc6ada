import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Loads each path and checks it came as HTML alone: no script tag, no RSC payload, no Pages Router data, no
 * script requested, and `shown(page)` visible (the content drawn without any script). Returns nothing: it asserts.
 */
export async function expectHtmlAlone(page: Page, paths: readonly string[], shown: (page: Page) => Locator): Promise<void> {
  const scripts: string[] = [];
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  };
  page.on("request", onRequest);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = await response!.text();
    expect(html, path).not.toContain("self.__next_f");
    expect(html, path).not.toContain("__NEXT_DATA__");
    expect(html, path).not.toMatch(/<script\b/);
    await expect(shown(page).first(), path).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first(), path).toBeAttached();
  }
  page.off("request", onRequest);
  expect(scripts).toEqual([]);
}
