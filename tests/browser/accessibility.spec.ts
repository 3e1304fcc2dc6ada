import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { resolveRoutes } from "../../scripts/site-routes";
import { skipUnlessBuilt } from "./support/hardening-probe";

const PAGES = resolveRoutes().filter((route) => route.kind === "page");

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per violation and per node, so a failure says what to fix and where. */
function describe(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 8).map((node) => `    - ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`);
      const more = v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : [];
      return [`  ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`, ...nodes, ...more].join("\n");
    })
    .join("\n");
}

/** Waits for React to hydrate (or a page sent as HTML alone to load) and for any chart to draw, so axe sees what a reader sees. */
async function settle(page: Page): Promise<void> {
  // The canonical timeline views run no React: their script has run by `load`.
  const isHtmlOnly = await page.evaluate(() => !document.querySelector('script[src^="/_next/"]'));
  if (isHtmlOnly) await page.waitForLoadState("load");
  else await page.waitForFunction(() => Object.keys(document).some((key) => key.startsWith("__reactContainer")));
  // React marks the document when hydration starts, not when it ends; a long page is still hydrating.
  // Controls that upgrade once hydrated (a timeline entry's permalink becomes a "Copy link" button) must
  // have done so before the controls are listed.
  await page.waitForFunction(() => !document.querySelector(".copy-link > a"));
  if (await page.locator(".recharts-wrapper").count()) {
    await page.locator("svg.recharts-surface").first().waitFor({ timeout: 10_000 });
  }
}

for (const route of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe: ${route.label} (${route.path}) has no serious or critical violations, ${colorScheme} scheme`, async ({ browser, request }) => {
      // axe walks the whole DOM; on a busy 2-core machine that alone can take half a minute.
      test.setTimeout(90_000);
      await skipUnlessBuilt(request, route);
      // AxeBuilder needs a page from browser.newContext(); the context also sets the colour scheme.
      const context = await browser.newContext({ colorScheme });
      try {
        const page = await context.newPage();
        const response = await page.goto(route.path);
        expect(response?.status()).toBe(route.expectStatus);
        await settle(page);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(blocking, `axe found on ${route.path} (${colorScheme}):\n${describe(blocking)}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}

test("keyboard: the first Tab reaches a visible skip link that moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.locator(":focus");
  await expect(skip).toHaveAttribute("href", "#main");
  await expect(skip).toHaveText(/skip to (main )?content/i);
  // Shown when focused (not left clipped to 1 px like its resting, screen-reader-only state).
  const box = await skip.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(20);
  expect(box?.height ?? 0).toBeGreaterThan(10);
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

/** Focusable controls a reader can see, in document order, each tagged with its position. */
async function tagControls(page: Page): Promise<{ index: number; label: string }[]> {
  return page.evaluate(() => {
    const selector = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      // Content of a closed <details> is not reachable until the reader opens it; its <summary> is.
      const closed = el.closest("details:not([open])");
      const isInClosedDisclosure = closed !== null && el.closest("summary")?.parentElement !== closed;
      return el.getClientRects().length > 0 && style.visibility !== "hidden" && !el.closest("[inert], [hidden]") && !isInClosedDisclosure;
    };
    return [...document.querySelectorAll<HTMLElement>(selector)].filter(visible).map((el, index) => {
      el.dataset.kbIndex = String(index);
      return { index, label: `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 40)}”` };
    });
  });
}

/** Tab presses per page; past this, only the controls before it are checked (long timelines). */
const TAB_LIMIT = 120;

for (const route of PAGES) {
  test(`keyboard: every control on ${route.label} (${route.path}) is reached by Tab and shows a focus outline`, async ({ page, request }) => {
    test.setTimeout(60_000);
    await skipUnlessBuilt(request, route);
    await page.goto(route.path);
    await settle(page);
    const controls = await tagControls(page);
    const checked = controls.slice(0, TAB_LIMIT);
    const reached = new Set<number>();
    const invisible: string[] = [];
    // Focusable parts of widgets (e.g. chart internals) can add stops beyond the tagged controls.
    for (let press = 0; press < checked.length * 2 + 10 && !checked.every((c) => reached.has(c.index)); press += 1) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        // A ring drawn with box-shadow (Tailwind's focus:ring) is as visible as an outline.
        const ring = style.boxShadow !== "none";
        // SVG controls (chart markers) draw their own indicator: a [data-focus-ring] part that appears or
        // takes the focus colour when the control has focus.
        const part = el.querySelector<SVGElement>("[data-focus-ring]");
        const probe = document.createElement("span");
        probe.style.color = "var(--focus)";
        document.body.append(probe);
        const focusColour = getComputedStyle(probe).color;
        probe.remove();
        const partStyle = part ? getComputedStyle(part) : undefined;
        const svgRing = partStyle !== undefined && partStyle.opacity !== "0" && partStyle.stroke === focusColour;
        return { index: el.dataset.kbIndex, visible: outline || ring || svgRing, label: `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 40)}”` };
      });
      if (!focus) continue;
      if (focus.index !== undefined) reached.add(Number(focus.index));
      if (!focus.visible) invisible.push(focus.label);
    }
    const unreached = checked.filter((control) => !reached.has(control.index)).map((control) => control.label);
    expect(unreached, "controls Tab never reached").toEqual([]);
    expect(invisible, "controls with no visible focus indicator").toEqual([]);
  });
}
