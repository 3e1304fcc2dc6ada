import { expect, test, type Page } from "@playwright/test";
import type { Dataset } from "@/lib/schema/dataset";
import { fetchDataset } from "./support/permalinks-data";

// What readers see of the richer model (issue 11), checked against whatever the real data holds: each test
// finds a record of its kind in /api/dataset and asserts how its page shows it. A kind the data does not
// have yet is skipped here (the component and unit tests cover it with synthetic records).

let dataset: Dataset;
test.beforeAll(async ({ request }) => {
  dataset = await fetchDataset(request);
});

const reasonOf = (record: { inferred: { field: string; reason: string }[] }, field: string) =>
  record.inferred.find((inference) => inference.field === field)?.reason;

/** A statement's card, opened where the timeline permalink shows it. */
async function statementCard(page: Page, id: string) {
  await page.goto(`/timeline?entry=${id}`);
  const card = page.locator(`article#${id}`);
  await expect(card).toBeVisible();
  return card;
}

test("an event's inferred date is marked as our inference, with the reason, beside the date", async ({ page }) => {
  const event = dataset.events.find((e) => reasonOf(e, "date"));
  test.skip(!event, "no event with an inferred date in the data");
  await page.goto(`/events/${event!.id}`);
  const mark = page.locator("header [data-inference='date']");
  await expect(mark).toContainText("Our inference");
  await expect(mark).toContainText(reasonOf(event!, "date")!);
});

test("a date range reads 'Between … and …' or the data's own wording, its <time> giving the earliest day", async ({ page }) => {
  const event = dataset.events.find((e) => e.precision === "range" && e.earliest && e.latest);
  test.skip(!event, "no event dated by a range in the data");
  await page.goto(`/events/${event!.id}`);
  const time = page.locator("header time").first();
  await expect(time).toHaveAttribute("datetime", event!.earliest!);
  const latestYear = event!.latest!.slice(0, 4);
  await expect(time).toHaveText(event!.dateLabel ?? new RegExp(`^Between \\d{1,2} .+ and \\d{1,2} \\w+ ${latestYear}$`));
});

test("a described speaker goes by the article's words, as an unnamed source", async ({ page }) => {
  const statement = dataset.statements.find((s) => s.speakerKind === "described" && s.speakerDescription);
  test.skip(!statement, "no described speaker in the data");
  const card = await statementCard(page, statement!.id);
  const words = statement!.speakerDescription!;
  await expect(card.getByRole("heading")).toHaveText(words.charAt(0).toUpperCase() + words.slice(1));
  await expect(card.getByText("unnamed source", { exact: true })).toBeVisible();
});

test("a speaker the article leaves unidentified is said to be so", async ({ page }) => {
  const statement = dataset.statements.find((s) => s.speakerKind === "unidentified");
  test.skip(!statement, "no unidentified speaker in the data");
  const card = await statementCard(page, statement!.id);
  await expect(card.getByRole("heading")).toHaveText("Speaker not identified in the article");
});

test("a speaker we inferred carries the inference marker and its reason", async ({ page }) => {
  const statement = dataset.statements.find((s) => s.speakerBasis === "inferred");
  test.skip(!statement, "no inferred speaker in the data");
  const card = await statementCard(page, statement!.id);
  const mark = card.locator("[data-inference='speakerId']");
  await expect(mark).toContainText("Our inference");
  await expect(mark).toContainText(reasonOf(statement!, "speakerId")!);
});

test("a venue the text does not give reads 'Venue not stated', never the raw value", async ({ page }) => {
  const statement = dataset.statements.find((s) => !s.venueStated);
  test.skip(!statement, "no statement without a stated venue in the data");
  const card = await statementCard(page, statement!.id);
  await expect(card.locator("[data-venue-stated='false']")).toHaveText("Venue not stated");
  await expect(card.locator(".entry-meta")).not.toContainText("· not stated");
});

test("the outlet a statement was given to links to its actor page", async ({ page }) => {
  const statement = dataset.statements.find((s) => s.outletId && s.venueStated);
  test.skip(!statement, "no statement with an outlet in the data");
  const card = await statementCard(page, statement!.id);
  const outlet = card.locator(`.entry-meta a[href="/actors/${statement!.outletId}"]`);
  await expect(outlet).toBeVisible();
  await expect(card.locator("[data-venue-stated='true']")).toContainText(statement!.venue);
});

test("quote kinds: a paraphrase is labelled and unquoted, a partial quote labelled, a direct quote in quotation marks", async ({ page }) => {
  const paraphrase = dataset.statements.find((s) => s.quoteKind === "paraphrase");
  const partial = dataset.statements.find((s) => s.quoteKind === "partial");
  const direct = dataset.statements.find((s) => s.quoteKind === "direct");
  test.skip(!paraphrase || !partial || !direct, "the data lacks one of the quote kinds");
  let card = await statementCard(page, paraphrase!.id);
  const words = card.locator("[data-quote-kind='paraphrase']");
  await expect(words.locator(".quote-kind")).toHaveText("Paraphrase");
  await expect(words.locator("p")).toHaveText(paraphrase!.text);
  card = await statementCard(page, partial!.id);
  await expect(card.locator("[data-quote-kind='partial'] .quote-kind")).toHaveText("Paraphrase with quoted words");
  card = await statementCard(page, direct!.id);
  await expect(card.locator("[data-quote-kind]")).toHaveCount(0);
  await expect(card.locator("blockquote").first()).toHaveText(`“${direct!.text}”`);
});

test("an article dated one of two days shows both", async ({ page }) => {
  const article = dataset.articles.find((a) => a.publishedLatest);
  test.skip(!article, "no article with a publication range in the data");
  await page.goto(`/sources/${article!.id}`);
  const day = (iso: string) => String(Number(iso.slice(8, 10)));
  await expect(page.locator("header time")).toContainText(new RegExp(`^${day(article!.published)} (\\w+ )?or ${day(article!.publishedLatest!)} \\w+ \\d{4}$`));
});

test("an agreement is labelled so, without a proposer line when it names none", async ({ page }) => {
  const agreement = dataset.proposals.find((p) => p.kind === "agreement");
  test.skip(!agreement, "no agreement in the data");
  await page.goto(`/proposals/${agreement!.id}`);
  await expect(page.locator("header").getByText("Agreement", { exact: true })).toBeVisible();
  await expect(page.getByText("Put forward by", { exact: true })).toHaveCount(agreement!.proposerIds.length > 0 ? 1 : 0);
});

test("a stalled status has its own worded, coloured badge", async ({ page }) => {
  const stalled = dataset.proposals.find((p) => p.statusHistory.some((change) => change.status === "stalled"));
  test.skip(!stalled, "no stalled proposal in the data");
  await page.goto(`/proposals/${stalled!.id}`);
  const badge = page.locator(".status-history [data-status='stalled']").first();
  await expect(badge).toHaveText("Stalled");
  const colour = await badge.evaluate((el) => getComputedStyle(el).color);
  const inkColour = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(colour).not.toBe(inkColour);
});

test("a provision's hedge stands before its value", async ({ page }) => {
  const found = dataset.proposals.flatMap((p) => Object.entries(p.provisions).map(([key, provision]) => ({ proposal: p, key, provision: provision! })));
  const hedged = found.find(({ provision }) => provision.hedge);
  test.skip(!hedged, "no hedged provision in the data");
  await page.goto(`/proposals/${hedged!.proposal.id}`);
  const row = page.locator(`#provision-${hedged!.key}`);
  await expect(row.locator(".provision-hedge")).toHaveText(hedged!.provision.hedge!);
});

test("a provision's schedule is listed under its value, stage by stage", async ({ page }) => {
  const scheduled = dataset.proposals
    .flatMap((p) => Object.entries(p.provisions).map(([key, provision]) => ({ proposal: p, key, schedule: provision?.state === "specified" ? provision.schedule : undefined })))
    .find(({ schedule }) => schedule);
  test.skip(!scheduled, "no provision with a schedule in the data");
  await page.goto(`/proposals/${scheduled!.proposal.id}`);
  const steps = page.locator(`#provision-${scheduled!.key} ol[aria-label='Schedule'] li`);
  await expect(steps).toHaveText(scheduled!.schedule!.map((step) => `${step.stage}: ${step.value}`));
});

test("an actor's titles over time are listed, each dated and with its source", async ({ page }) => {
  const actor = dataset.actors.find((a) => a.titles.length > 0);
  test.skip(!actor, "no actor with titles over time in the data");
  await page.goto(`/actors/${actor!.id}`);
  const items = page.locator("section[aria-labelledby='titles-heading'] > ol > li");
  await expect(items).toHaveCount(actor!.titles.length);
  for (const [i, title] of actor!.titles.entries()) {
    const item = items.nth(i);
    await expect(item.locator("p").first()).toHaveText(title.title);
    await expect(item.locator("p").nth(1)).toHaveText(title.from || title.to ? /^(from|until) / : /^as of /);
    await expect(item.locator("figure.source-quote")).toHaveCount(title.sources.length);
  }
});

test("a figure's breakdown and death status show in the figures table", async ({ page }) => {
  const count = dataset.counts.find((c) => c.breakdown || c.deathStatus);
  test.skip(!count, "no figure with a breakdown or death status in the data");
  await page.goto("/figures");
  const parts = page.locator(`#figure-${count!.id} [data-figure-parts]`);
  for (const part of count!.breakdown ?? []) await expect(parts).toContainText(`${part.value} ${part.label}`);
  if (count!.deathStatus) await expect(parts).toContainText(`${count!.deathStatus} dead`);
});

test("an event page with inferences and unnamed sources fits a 360 px screen", async ({ browser }) => {
  const event = dataset.events.find((e) => reasonOf(e, "date") && dataset.statements.some((s) => s.eventId === e.id && s.speakerKind !== "named"));
  test.skip(!event, "no such event in the data");
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/events/${event!.id}`);
  await expect(page.locator("[data-inference]").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
