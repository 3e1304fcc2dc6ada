import { expect, test } from "@playwright/test";
import { CslDataSpec } from "../support/feed-specs";
import { fetchDataset } from "./support/permalinks-data";

// "Cite this": the plain citation (copied with the keyboard), and the BibTeX and CSL-JSON files.

/** A YYYY-MM-DD day as the site writes it, "3 November 2026". */
function dayText(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today as the browser's calendar has it, "29 November 2026". */
function todayText(): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
}

test("copying an event's citation puts the full text, with today's date and the permalink, on the clipboard", async ({ browser, request, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const dataset = await fetchDataset(request);
  const event = dataset.events[0]!;
  const corrected = dataset.corrections.filter((c) => c.recordKind === "event" && c.recordId === event.id).map((c) => c.date).sort().at(-1);
  await page.goto(`/events/${event.id}`);
  const box = page.getByRole("region", { name: "Cite this" });
  const text = box.locator(".cite-text");
  await expect(text).toContainText(`Accessed ${todayText()}.`);
  await expect(text).toContainText(`${event.title} [Event record].`);
  await expect(text).toContainText(`${baseURL}/events/${event.id}`);
  await expect(text).toContainText(corrected ? `Version of ${dayText(corrected)}.` : "Original version.");

  // Keyboard only: focus the button and press Enter.
  const button = box.getByRole("button", { name: /^Copy citation/ });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(box.getByRole("status")).toHaveText("Citation copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await text.textContent());
  await context.close();
});

test("without JavaScript the citation is there to select, with a placeholder for the accessed date", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const proposal = (await fetchDataset(request)).proposals[0]!;
  await page.goto(`/proposals/${proposal.id}`);
  const box = page.getByRole("region", { name: "Cite this" });
  await expect(box.locator(".cite-text")).toContainText("Accessed [date accessed].");
  await expect(box.locator(".cite-text")).toContainText(`/proposals/${proposal.id}`);
  await expect(box.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("a corrected event's citation names its version by its latest correction", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  const corrections = dataset.corrections.filter((c) => c.recordKind === "event" && dataset.events.some((e) => e.id === c.recordId));
  test.skip(corrections.length === 0, "no event has been corrected");
  const latest = [...corrections].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  const newest = corrections.filter((c) => c.recordId === latest.recordId).map((c) => c.date).sort().at(-1)!;
  await page.goto(`/events/${latest.recordId}`);
  const text = page.getByRole("region", { name: "Cite this" }).locator(".cite-text");
  await expect(text).toContainText(`Version of ${dayText(newest)}.`);
});

test("every record page has a cite box, and statements and figures on event pages their own", async ({ page, request }) => {
  const dataset = await fetchDataset(request);
  for (const path of [`/actors/${dataset.actors[0]!.id}`, `/sources/${dataset.articles[0]!.id}`, `/proposals/${dataset.proposals[0]!.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("region", { name: "Cite this" }).locator(".cite-text")).toContainText("Ceasefire Tracker. (");
  }
  const withStatement = dataset.events.find((event) => dataset.statements.some((statement) => statement.eventId === event.id));
  test.skip(!withStatement, "no statement names an event");
  await page.goto(`/events/${withStatement!.id}`);
  const statement = dataset.statements.find((s) => s.eventId === withStatement!.id)!;
  const card = page.locator(`article#${statement.id}`);
  await card.getByText("Cite this statement record").click();
  await expect(card.locator(".cite-text")).toContainText("[Statement record]");
  await expect(card.getByRole("link", { name: /^BibTeX/ })).toHaveAttribute("href", `/cite/statements/${statement.id}.bib`);
});

test("the BibTeX and CSL-JSON downloads parse and name the record", async ({ page, request, baseURL }) => {
  const event = (await fetchDataset(request)).events[0]!;
  await page.goto(`/events/${event.id}`);
  const box = page.getByRole("region", { name: "Cite this" });

  const [download] = await Promise.all([page.waitForEvent("download"), box.getByRole("link", { name: /^BibTeX/ }).click()]);
  expect(download.suggestedFilename()).toBe(`events-${event.id}.bib`);

  const bib = await request.get(`/cite/events/${event.id}.bib`);
  expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(bib.headers()["content-disposition"]).toBe(`attachment; filename="events-${event.id}.bib"`);
  // The package's CommonJS build cannot be required (its folder is "type": "module"): load it as ESM.
  const { parse } = await import("@retorquere/bibtex-parser");
  const library = parse(await bib.text());
  expect(library.errors).toEqual([]);
  expect(library.entries[0]!.fields).toMatchObject({ title: event.title, url: `${baseURL}/events/${event.id}`, date: event.date });

  const csl = await request.get(await box.getByRole("link", { name: /^CSL-JSON/ }).getAttribute("href").then((href) => href!));
  expect(csl.headers()["content-type"]).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
  const [item] = CslDataSpec.parse(await csl.json());
  expect(item).toMatchObject({ title: event.title, URL: `${baseURL}/events/${event.id}` });

  expect((await request.get("/cite/events/no-such-event.bib")).status()).toBe(404);
  expect((await request.get("/cite/nonsense/x.json")).status()).toBe(404);
});

test("the cite box fits a 360 px screen (screenshots in test-results/ to look at)", async ({ page, request }) => {
  const event = (await fetchDataset(request)).events[0]!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/events/${event.id}`);
  const box = page.getByRole("region", { name: "Cite this" });
  await box.getByRole("button", { name: /^Copy citation/ }).waitFor();
  await box.screenshot({ path: "test-results/cite-box.png" });
  await page.setViewportSize({ width: 360, height: 800 });
  await box.screenshot({ path: "test-results/cite-box-360.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect((await box.boundingBox())!.width).toBeLessThanOrEqual(360);
  await page.emulateMedia({ colorScheme: "dark" });
  await box.screenshot({ path: "test-results/cite-box-dark.png" });
});
