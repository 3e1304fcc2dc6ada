import { expect, test, type Locator, type Page } from "@playwright/test";
import { normaliseForMatch } from "@/lib/text/normalise-text";
import { factDateTime, formatFactDate } from "@/lib/format/format-date";
import { quoteAnchorId, sourceHref } from "@/lib/format/quote-anchor";
import { fetchDataset, quoteAnchorsFor } from "./support/permalinks-data";

/** A paragraph's article text, without the passage numbers added beside highlights. */
async function articleText(paragraph: Locator): Promise<string> {
  return paragraph.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(".passage-ref").forEach((ref) => ref.remove());
    return clone.textContent ?? "";
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("event pages", () => {
  test("show the date, actors and every source quote, and a source link lands on the highlighted passage", async ({ page, request }) => {
  test.slow(); // several full pages on a shared 2-core machine
    const dataset = await fetchDataset(request);
    // An event quoted from more than one place, so the page has several passages to show.
    const event = [...dataset.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    const response = await page.goto(`/events/${event.id}`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
    await expect(page.locator(`time[datetime="${factDateTime(event)}"]`).first()).toHaveText(formatFactDate(event));
    if (event.dateNote) await expect(page.getByText(event.dateNote)).toBeVisible();
    const actorList = page.getByRole("list", { name: "Actors" }).first();
    for (const actorId of event.actorIds) {
      const actor = dataset.actors.find((a) => a.id === actorId)!;
      await expect(actorList.locator(`a[href="/actors/${actorId}"]`)).toHaveText(actor.name);
    }
    const sources = page.getByRole("region", { name: /What the sources say/ });
    for (const source of event.sources) {
      await expect(sources.locator("blockquote", { hasText: source.quote })).toBeVisible();
      await expect(sources.locator(`a[href="${sourceHref(source.articleId, source.quote)}"]`)).toBeVisible();
    }

    // Follow the last quote's link: it is the likeliest to sit below the fold of its article.
    const target = event.sources.at(-1)!;
    await sources.locator(`a[href="${sourceHref(target.articleId, target.quote)}"]`).click();
    const anchor = quoteAnchorId(target.quote);
    await expect(page).toHaveURL(new RegExp(`/sources/${target.articleId}#${anchor}$`));
    const mark = page.locator(`mark#${anchor}, mark:has(#${anchor})`);
    await expect(mark).toHaveCount(1);
    await expect(mark).toBeInViewport();
    // It stands out from the other highlights, and still does when the page is loaded from the link directly.
    await expect(mark).toHaveClass(/\bis-target\b/);
    await page.reload();
    await expect(page.locator("mark:target, mark:has(:target)")).toHaveCount(1);
    await expect(mark).toBeInViewport();
    expect(normaliseForMatch((await mark.textContent()) ?? "")).toContain(normaliseForMatch(target.quote));
  });

  test("an unknown id is a real 404 with a way back", async ({ page }) => {
    const response = await page.goto("/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("nothing at this address");
    await page.getByRole("main").getByRole("link", { name: "Home" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ceasefire");
  });
});

test("unknown actor and source ids are 404s too", async ({ request }) => {
  for (const path of ["/actors/no-such-actor", "/sources/no-such-article", "/events/Not-A-Slug"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test.describe("actor pages", () => {
  test("list the actor's statements in time order, with its profile and a timeline link", async ({ page, request }) => {
    const dataset = await fetchDataset(request);
    // The person who speaks most often; a person has no members, so their statements are exactly these.
    const speakers = dataset.actors.filter((a) => !dataset.actors.some((m) => m.organisationId === a.id));
    const said = (id: string) => dataset.statements.filter((s) => s.speakerId === id || s.actorId === id);
    const actor = speakers.sort((a, b) => said(b.id).length - said(a.id).length)[0]!;
    const statements = said(actor.id);
    expect(statements.length).toBeGreaterThan(1);

    await page.goto(`/actors/${actor.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(actor.name);
    if (actor.title) await expect(page.getByText(actor.title).first()).toBeVisible();
    const rows = page.locator('li[data-kind="statement"]');
    await expect(rows).toHaveCount(statements.length);
    const dates = await rows.evaluateAll((items) => items.map((item) => item.getAttribute("data-date") ?? ""));
    expect(dates).toEqual([...dates].sort());
    for (const statement of statements) await expect(page.locator(`article#${statement.id}`)).toBeVisible();
    await expect(page.locator(`a[href="/timeline?actor=${actor.id}"]`)).toBeVisible();
    if (actor.organisationId) await expect(page.locator(`a[href="/actors/${actor.organisationId}"]`).first()).toBeVisible();
  });

  test("an organisation's page lists the people who speak for it", async ({ page, request }) => {
    const dataset = await fetchDataset(request);
    const organisation = dataset.actors.find((a) => dataset.actors.some((m) => m.organisationId === a.id))!;
    await page.goto(`/actors/${organisation.id}`);
    const members = page.getByRole("region", { name: "People and bodies" });
    for (const member of dataset.actors.filter((m) => m.organisationId === organisation.id)) {
      await expect(members.locator(`a[href="/actors/${member.id}"]`)).toHaveText(member.name);
    }
  });

  test("the index lists every actor, people under their organisation", async ({ page, request }) => {
    const dataset = await fetchDataset(request);
    await page.goto("/actors");
    for (const actor of dataset.actors) await expect(page.locator(`main a[href="/actors/${actor.id}"]`)).toHaveCount(1);
    const child = dataset.actors.find((a) => a.organisationId)!;
    const nested = page.getByRole("list", { name: `People and bodies of ${dataset.actors.find((a) => a.id === child.organisationId)!.name}` });
    await expect(nested.locator(`a[href="/actors/${child.id}"]`)).toBeVisible();
  });
});

test.describe("source pages", () => {
  test("highlight every passage quoted from the article and show its notes, date evidence and seed file", async ({ page, request }) => {
  test.slow(); // several full pages on a shared 2-core machine
    const dataset = await fetchDataset(request);
    for (const article of dataset.articles) {
      await page.goto(`/sources/${article.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      const anchors = quoteAnchorsFor(dataset, article.id);
      // Each distinct quote has its anchor inside a highlight; overlapping quotes may share one highlight.
      for (const id of anchors) {
        await expect(page.locator(`mark#${id}, mark #${id}`), `${article.id} ${id}`).toHaveCount(1);
      }
      const marks = page.locator("mark.quote-mark[data-passage]");
      const markCount = await marks.count();
      expect(markCount).toBeGreaterThan(0);
      expect(markCount).toBeLessThanOrEqual(anchors.size);
      const anchorsInMarks = await marks.evaluateAll((items) => items.flatMap((m) => [m.id, ...[...m.querySelectorAll("[id]")].map((a) => a.id)]).filter(Boolean));
      expect(new Set(anchorsInMarks)).toEqual(anchors);

      const notes = page.getByRole("region", { name: "Notes on this text" });
      for (const note of article.notes) await expect(notes.getByText(note, { exact: true })).toBeVisible();
      const evidence = page.getByRole("region", { name: "How the date was inferred" });
      for (const item of article.publishedEvidence) await expect(evidence.getByText(item, { exact: true })).toBeVisible();
      await expect(page.getByText(article.seedFile)).toBeVisible();
      await expect(page.locator(`time[datetime="${article.published}"]`).first()).toBeVisible();
    }
  });

  test("flag paragraphs the original prints twice, leaving the text as it is", async ({ page, request }) => {
    const dataset = await fetchDataset(request);
    // The article whose notes say it prints passages twice.
    const article = dataset.articles.find((a) => a.notes.some((n) => /printed twice/.test(n)))!;
    await page.goto(`/sources/${article.id}`);
    const repeats = page.locator(".article-row[data-repeat-of]");
    expect(await repeats.count()).toBeGreaterThan(1);
    for (const row of await repeats.all()) {
      await expect(row.getByText("Repeated verbatim in the original")).toBeVisible();
      const firstId = await row.getAttribute("data-repeat-of");
      const copy = await articleText(row.locator(".article-paragraph"));
      const first = await articleText(page.locator(`#${firstId} .article-paragraph`));
      expect(copy.length).toBeGreaterThan(0);
      expect(copy).toBe(first);
      // Shown as in the original: each copy is text of the article.
      expect(normaliseForMatch(article.body)).toContain(normaliseForMatch(copy));
    }
  });

  test("the index lists each article with outlet, inferred date and the number of facts citing it", async ({ page, request }) => {
    const dataset = await fetchDataset(request);
    await page.goto("/sources");
    const items = page.locator("main ol > li");
    await expect(items).toHaveCount(dataset.articles.length);
    for (const article of dataset.articles) {
      const item = items.filter({ has: page.locator(`a[href="/sources/${article.id}"]`) });
      await expect(item).toContainText(article.outlet ?? "outlet not named");
      await expect(item.locator(`time[datetime="${article.published}"]`)).toBeVisible();
      await expect(item).toContainText(/\d+ facts? cites? it/);
    }
  });
});

test("permalink pages carry a title, description and Open Graph tags", async ({ page, request }) => {
  test.slow(); // several full pages on a shared 2-core machine
  const dataset = await fetchDataset(request);
  const pages = [
    { path: `/events/${dataset.events[0]!.id}`, title: dataset.events[0]!.title },
    { path: `/actors/${dataset.actors[0]!.id}`, title: dataset.actors[0]!.name },
    { path: `/sources/${dataset.articles[0]!.id}`, title: dataset.articles[0]!.title },
    { path: "/actors", title: "Actors" },
    { path: "/sources", title: "Source articles" },
  ];
  for (const { path, title } of pages) {
    await page.goto(path);
    await expect(page).toHaveTitle(`${title} · Ceasefire Tracker`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{3,}.{40,}/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /\w{3,}.{40,}/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${path.replace(/[/]/g, "\\/")}$`));
  }
});

test("permalink pages fit a 360 px wide screen", async ({ page, request }) => {
  test.slow(); // several full pages on a shared 2-core machine
  const dataset = await fetchDataset(request);
  await page.setViewportSize({ width: 360, height: 800 });
  const longest = <T extends { id: string }>(items: T[], size: (item: T) => number) => [...items].sort((a, b) => size(b) - size(a))[0]!.id;
  for (const path of [
    `/events/${longest(dataset.events, (e) => e.sources.length + e.actorIds.length)}`,
    `/actors/${longest(dataset.actors, (a) => dataset.statements.filter((s) => s.actorId === a.id).length)}`,
    `/sources/${longest(dataset.articles, (a) => a.body.length)}`,
    "/actors",
    "/sources",
  ]) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
});
