import { expect, test, type Page } from "@playwright/test";
import type { DatasetIndex } from "@/lib/queries/dataset-index";
import { TYPE_LABELS } from "@/lib/format/labels";
import { actorCheckbox, countLine, expectedIds, loadIndex, settled, shownIds } from "./support/timeline-expect";

let index: DatasetIndex;

// Each test loads a full page and waits for server round trips; the shared build machine can be slow.
test.describe.configure({ timeout: 60_000 });

test.beforeAll(async ({ request }) => {
  index = await loadIndex(request);
});

function actorName(id: string): string {
  const actor = index.actors.get(id);
  if (!actor) throw new Error(`dataset has no actor ${id}`);
  return actor.name;
}

/** The count line reads "N of M entries match" when filtered. */
async function expectFilteredCount(page: Page, count: number) {
  await expect(countLine(page)).toHaveText(new RegExp(`^${count} of ${index.timeline.length} entr(y|ies) match`));
}

test("filtering by an actor in the form updates the URL and the list without a reload; the URL reopens the same view", async ({ page, context }) => {
  const expected = expectedIds(index, { actorIds: ["qatar"] });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(index.timeline.length);

  await page.goto("/timeline");
  await expect(countLine(page)).toHaveText(new RegExp(`^${index.timeline.length} entries`));
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  await actorCheckbox(page, actorName("qatar")).check();
  await page.waitForURL((url) => url.pathname === "/timeline" && url.searchParams.getAll("actor").join() === "qatar");
  await settled(page);
  await expectFilteredCount(page, expected.length);
  expect(await shownIds(page)).toEqual(expected);
  // Applied by client navigation, not a full page load.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByRole("link", { name: /Actor: Qatar/ })).toBeVisible();

  const fresh = await context.newPage();
  const response = await fresh.goto(page.url());
  expect(response?.status()).toBe(200);
  await expectFilteredCount(fresh, expected.length);
  expect(await shownIds(fresh)).toEqual(expected);
  await expect(actorCheckbox(fresh, actorName("qatar"))).toBeChecked();
});

test("the filter form works with JavaScript disabled", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const expected = expectedIds(index, { actorIds: ["qatar"], types: ["statement"] });
  expect(expected.length).toBeGreaterThan(0);

  await page.goto("/timeline");
  // The page itself shows (page-delivery.spec.ts checks no fallback stands in for it).
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(countLine(page)).toHaveText(new RegExp(`^${index.timeline.length} entries`));
  await actorCheckbox(page, actorName("qatar")).check();
  await page.getByRole("checkbox", { name: /^Statement \(/ }).check();
  await Promise.all([page.waitForURL(/actor=qatar/), page.getByRole("button", { name: "Apply filters" }).click()]);

  const url = new URL(page.url());
  expect(url.searchParams.getAll("actor")).toEqual(["qatar"]);
  expect(url.searchParams.getAll("type")).toEqual(["statement"]);
  await expectFilteredCount(page, expected.length);
  expect(await shownIds(page)).toEqual(expected);
  // Without JavaScript the copy control is a plain link to the permalink.
  await expect(page.locator(`#${expected[0]}`).getByRole("link", { name: /^Permalink/ })).toHaveAttribute(
    "href",
    `/timeline?entry=${expected[0]}#${expected[0]}`,
  );
  await context.close();
});

test("a date range narrows the list to entries dated inside it", async ({ page }) => {
  const dates = [...new Set(index.timeline.map((e) => e.date))].sort();
  const from = dates[Math.floor(dates.length / 3)]!;
  const to = dates[Math.floor((dates.length * 2) / 3)]!;
  const expected = expectedIds(index, { from, to });

  await page.goto("/timeline");
  await page.getByLabel("From", { exact: true }).fill(from);
  await page.getByLabel("To", { exact: true }).fill(to);
  await page.waitForURL((url) => url.searchParams.get("from") === from && url.searchParams.get("to") === to);
  await settled(page);
  await expectFilteredCount(page, expected.length);
  const shown = await shownIds(page);
  expect(shown).toEqual(expected);
  for (const id of shown) {
    const date = index.timeline.find((e) => e.id === id)!.date;
    expect(date >= from && date <= to, `${id} dated ${date}`).toBe(true);
  }
});

test("several actors at once show entries naming any of them", async ({ page }) => {
  const expected = expectedIds(index, { actorIds: ["qatar", "hamas"] });
  const qatarOnly = expectedIds(index, { actorIds: ["qatar"] });
  expect(expected.length).toBeGreaterThan(qatarOnly.length);

  await page.goto("/timeline?actor=qatar");
  await actorCheckbox(page, actorName("hamas")).check();
  await page.waitForURL((url) => url.searchParams.getAll("actor").sort().join() === "hamas,qatar");
  await settled(page);
  await expectFilteredCount(page, expected.length);
  expect(await shownIds(page)).toEqual(expected);
  // The title names the actors in the URL's order (the form's: parties before mediators).
  const names = new URL(page.url()).searchParams.getAll("actor").map((id) => index.actors.get(id)!.shortName);
  await expect(page).toHaveTitle(`Timeline: ${names.join(", ")} · Ceasefire Tracker`);
});

test("the title and description reflect the filters", async ({ page }) => {
  await page.goto("/timeline?actor=qatar&actor=hamas&from=2025-06-01&to=2025-07-31");
  const names = `${index.actors.get("qatar")!.shortName}, ${index.actors.get("hamas")!.shortName}`;
  await expect(page).toHaveTitle(`Timeline: ${names} · Jun–Jul 2025 · Ceasefire Tracker`);
  const count = expectedIds(index, { actorIds: ["qatar", "hamas"], from: "2025-06-01", to: "2025-07-31" }).length;
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", new RegExp(`^${count} of ${index.timeline.length} `));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `Timeline: ${names} · Jun–Jul 2025`);
});

test("each active filter can be removed, and 'Clear all' removes them all", async ({ page }) => {
  const type = index.timeline.find((e) => e.kind === "statement")!.type;
  await page.goto(`/timeline?actor=qatar&type=${type}&q=the`);
  const expectedWithoutType = expectedIds(index, { actorIds: ["qatar"], q: "the" });
  await page.getByRole("link", { name: new RegExp(`Type: ${TYPE_LABELS[type]}`) }).click();
  await page.waitForURL((url) => !url.searchParams.has("type") && url.searchParams.get("actor") === "qatar");
  await expectFilteredCount(page, expectedWithoutType.length);
  // The form follows the URL even though the change came from a link.
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${TYPE_LABELS[type]} \\(`) })).not.toBeChecked();

  await page.getByRole("link", { name: "Clear all", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/timeline" && url.search === "");
  await expect(countLine(page)).toHaveText(new RegExp(`^${index.timeline.length} entries`));
  await expect(actorCheckbox(page, actorName("qatar"))).not.toBeChecked();
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue("");
  expect(await shownIds(page)).toEqual(index.timeline.map((e) => e.id));
});

test("an empty result says which filters excluded everything and links to looser views", async ({ page }) => {
  // A figure is never dated after the last entry, so a range beyond the record plus a real actor is empty.
  const last = index.timeline[0]!.date;
  const year = Number(last.slice(0, 4)) + 1;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  expect(expectedIds(index, { actorIds: ["hamas"], from, to })).toEqual([]);
  const withoutDates = expectedIds(index, { actorIds: ["hamas"] });

  const response = await page.goto(`/timeline?actor=hamas&from=${from}&to=${to}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "No entries match these filters" })).toBeVisible();
  await expect(page.getByText(/No entry matches the dates .* on its own/)).toBeVisible();
  const loosen = page.getByRole("link", { name: /^Remove the dates/ });
  await expect(loosen.locator("xpath=..")).toContainText(`→ ${withoutDates.length} ${withoutDates.length === 1 ? "entry" : "entries"}`);
  await loosen.click();
  await page.waitForURL((url) => !url.searchParams.has("from") && url.searchParams.get("actor") === "hamas");
  expect(await shownIds(page)).toEqual(withoutDates);
});

test("a permalink opened cold scrolls to its entry and highlights it", async ({ browser, baseURL }) => {
  const entry = index.timeline[Math.floor(index.timeline.length * 0.6)]!;
  for (const path of [`/timeline#${entry.id}`, `/timeline?entry=${entry.id}#${entry.id}`]) {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(path);
    const card = page.locator(`article[id="${entry.id}"]`);
    await expect(card).toBeInViewport();
    expect(await card.evaluate((el) => el.matches(":target"))).toBe(true);
    const style = await card.evaluate((el) => getComputedStyle(el));
    expect(style.outlineStyle).toBe("solid");
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    const other = await page.locator("article.entry-card").first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(other).not.toBe("solid");
    await context.close();
  }
});

test("a permalink to an entry the filter hides opens its page and says why it is missing", async ({ page }) => {
  const statement = index.timeline.find((e) => e.kind === "statement")!;
  await page.goto(`/timeline?type=figure#${statement.id}`);
  // Not on this page: the client asks the server for the page holding it, which explains the filter hides it.
  await page.waitForURL((url) => url.searchParams.get("entry") === statement.id);
  await expect(page.getByText("is not among the results for these filters")).toBeVisible();
  await page.getByRole("link", { name: "Show it in the full timeline" }).click();
  await page.waitForURL((url) => url.searchParams.get("entry") === statement.id && !url.searchParams.has("type"));
  await expect(page.locator(`article[id="${statement.id}"]`)).toBeInViewport();
});

test("the copy-link control copies the absolute permalink and confirms politely", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const entry = index.timeline[2]!;
  await page.goto("/timeline");
  const card = page.locator(`article[id="${entry.id}"]`);
  await card.getByRole("button", { name: /^Copy link/ }).click();
  await expect(card.getByRole("status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/timeline?entry=${entry.id}#${entry.id}`);
});

test("without a clipboard the copy-link control shows the URL to copy by hand", async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const entry = index.timeline[0]!;
  await page.goto("/timeline");
  const card = page.locator(`article[id="${entry.id}"]`);
  await card.getByRole("button", { name: /^Copy link/ }).click();
  await expect(card.getByRole("status")).toHaveText("Copy this link:");
  await expect(card.getByRole("textbox", { name: /^Link to/ })).toHaveValue(`${baseURL}/timeline?entry=${entry.id}#${entry.id}`);
});

test("bad parameters render the page with a notice (HTTP 200)", async ({ page }) => {
  const response = await page.goto("/timeline?from=2025-02-30&actor=atlantis&type=tweet&p=zero&q=" + "x".repeat(300));
  expect(response?.status()).toBe(200);
  const notices = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notices).toContainText("from=2025-02-30");
  await expect(notices).toContainText("“atlantis”");
  await expect(notices).toContainText("“tweet”");
  await expect(notices).toContainText("page “zero”");
  await expect(notices).toContainText("cut to its first 200 characters");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const beyond = await page.goto("/timeline?p=99");
  expect(beyond?.status()).toBe(200);
  await expect(page.getByText("There is no page 99")).toBeVisible();
  expect(await shownIds(page)).toEqual(index.timeline.map((e) => e.id).slice(0, 100));
});

test("oldest first reverses the order and keeps the filter", async ({ page }) => {
  const expected = expectedIds(index, { actorIds: ["hamas"] }).reverse();
  await page.goto("/timeline?actor=hamas");
  await page.getByRole("link", { name: "Oldest first" }).click();
  await page.waitForURL((url) => url.searchParams.get("order") === "oldest" && url.searchParams.get("actor") === "hamas");
  await expect(page.getByRole("link", { name: "Oldest first" })).toHaveAttribute("aria-current", "true");
  expect(await shownIds(page)).toEqual(expected);
});

test("free-text search applies as the reader types", async ({ page }) => {
  const word = "delegation";
  const expected = expectedIds(index, { q: word });
  expect(expected.length).toBeGreaterThan(0);
  await page.goto("/timeline");
  await page.getByLabel("Search", { exact: true }).pressSequentially(word, { delay: 20 });
  await page.waitForURL((url) => url.searchParams.get("q") === word);
  await settled(page);
  await expectFilteredCount(page, expected.length);
  expect(await shownIds(page)).toEqual(expected);
  await expect(page.getByLabel("Search", { exact: true })).toBeFocused();
});

test("at 360 px the filters fold into a disclosure above the list and nothing overflows", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/timeline?actor=qatar&actor=united-states&from=2025-01-01");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  const form = page.getByRole("form", { name: "Filter the timeline" });
  const summary = page.locator(".timeline-filters > summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("3 active");
  await expect(form).toBeHidden();
  const summaryBox = (await summary.boundingBox())!;
  const firstCard = (await page.locator("article.entry-card").first().boundingBox())!;
  expect(summaryBox.y).toBeLessThan(firstCard.y);

  await summary.click();
  await expect(form).toBeVisible();
  await expect(actorCheckbox(page, actorName("qatar"))).toBeChecked();
  expect(await overflow()).toBeLessThanOrEqual(0);

  // Changing a filter loads a new view; the disclosure the reader opened stays open.
  await actorCheckbox(page, actorName("qatar")).uncheck();
  await page.waitForURL((url) => !url.searchParams.getAll("actor").includes("qatar"));
  await settled(page);
  await expect(summary).toContainText("2 active");
  await expect(form).toBeVisible();
  await expect(actorCheckbox(page, actorName("united-states"))).toBeChecked();
});

test("typing on while results load loses no keys and keeps the caret", async ({ page }) => {
  const phrase = "delegation";
  await page.goto("/timeline");
  const search = page.getByLabel("Search", { exact: true });
  // Slower than the typing pause, so several views are asked for, and arrive, mid-word.
  await search.pressSequentially(phrase, { delay: 450 });
  await page.waitForURL((url) => url.searchParams.get("q") === phrase);
  await settled(page);
  await expect(search).toHaveValue(phrase);
  await expect(search).toBeFocused();
  expect(await search.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(phrase.length);
  await expectFilteredCount(page, expectedIds(index, { q: phrase }).length);
});

test("each view is rendered once and then served from the page cache; its cache address is not public", async ({ request }) => {
  const url = `/timeline?type=statement&actor=hamas&q=${Date.now()}`;
  await request.get(url);
  const again = await request.get(url);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  // The same view asked for with its parameters in another order is the same cached page.
  const reordered = await request.get(url.replace("type=statement&actor=hamas", "actor=hamas&type=statement"));
  expect(reordered.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await reordered.text()).toBe(await again.text());

  for (const direct of ["/timeline-view/v", "/timeline-view/not-a-key", "/timeline-view"]) {
    expect((await request.get(direct)).status(), direct).toBe(404);
  }
});

test("at 1280 px the filters sit beside the list, open", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/timeline");
  const form = page.getByRole("form", { name: "Filter the timeline" });
  await expect(form).toBeVisible();
  await expect(page.locator(".timeline-filters > summary")).toBeHidden();
  const formBox = (await form.boundingBox())!;
  const listBox = (await page.locator(".timeline-results").boundingBox())!;
  expect(formBox.x + formBox.width).toBeLessThanOrEqual(listBox.x);
  expect(Math.abs(formBox.y - listBox.y)).toBeLessThan(80);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Grouped actors with their colours.
  for (const group of ["Parties", "Mediators", "Others"]) await expect(form.getByRole("group", { name: group })).toBeVisible();
});
