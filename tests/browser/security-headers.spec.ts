import { expect, test, type Page } from "@playwright/test";
import { resolveRoutes } from "../../scripts/site-routes";
import { skipUnlessBuilt } from "./support/hardening-probe";

const ROUTES = resolveRoutes();

/** `default-src 'self'; img-src 'self' data:` → { "default-src": ["'self'"], "img-src": ["'self'", "data:"] }. */
function parseCsp(header: string | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

for (const route of ROUTES) {
  test(`security headers on ${route.label} (${route.path})`, async ({ request }) => {
    await skipUnlessBuilt(request, route);
    const response = await request.get(route.path);
    expect(response.status()).toBe(route.expectStatus);
    const headers = response.headers();

    const csp = parseCsp(headers["content-security-policy"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toContain("'self'");
    // Production must never allow eval; only `next dev` adds it.
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    // Embeds are made to be framed anywhere; every other answer refuses to be framed.
    expect(csp.get("frame-ancestors")).toEqual([route.framable ? "*" : "'none'"]);
    for (const [name, values] of csp) {
      if (route.framable && name === "frame-ancestors") continue;
      expect(values.join(" "), `${name} allows any origin`).not.toMatch(/(^|\s)(\*|https?:|http:\/\/\*)(\s|$)/);
    }

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe(route.framable ? undefined : "DENY");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const log = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      log.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return violations;
}

for (const route of ROUTES.filter((r) => r.kind === "page")) {
  test(`${route.label} (${route.path}) loads without Content-Security-Policy violations`, async ({ page, request }) => {
    await skipUnlessBuilt(request, route);
    const violations = await collectCspViolations(page);
    await page.goto(route.path);
    // React hydrated the document under the policy, so its inline bootstrap scripts were allowed to run.
    // Pages sent as HTML alone (the canonical timeline views) have only a module script, run by `load`.
    const isHtmlOnly = await page.evaluate(() => !document.querySelector('script[src^="/_next/"]'));
    if (isHtmlOnly) await page.waitForLoadState("load");
    else await page.waitForFunction(() => Object.keys(document).some((key) => key.startsWith("__reactContainer")));
    // Client code and charts run after hydration; give them their turn.
    await page.waitForTimeout(500);
    const inPage = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    expect([...violations, ...inPage]).toEqual([]);
  });
}

test("the site refuses to be framed by another page", async ({ page, baseURL }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|refused to (display|frame)/i.test(message.text())) blocked.push(message.text());
  });
  await page.setContent(`<iframe id="victim" src="${baseURL}/" title="framed"></iframe>`);
  await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
  const frame = page.frame({ url: new RegExp(`^${baseURL}`) });
  const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(framedText).not.toContain("Ceasefire Tracker");
});
