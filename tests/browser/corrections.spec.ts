import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { dataDir } from "@/lib/data/data-dir";
import { CorrectionSchema, type Correction } from "@/lib/schema/correction";

// Expectations come from the corrections file the server was built from (data/, or DATA_DIR), so this
// spec holds whatever the audit puts there: the empty state while it is empty, every entry once it is not.
const CORRECTIONS: Correction[] = z.array(CorrectionSchema).parse(JSON.parse(readFileSync(path.join(dataDir(), "corrections.json"), "utf8")));

/** Record kinds with a page of their own; statements and figures (counts) open on the timeline. */
const PAGE_PATHS: Partial<Record<Correction["recordKind"], string>> = { event: "/events", actor: "/actors", proposal: "/proposals", article: "/sources" };
const permalink = (kind: Correction["recordKind"], id: string) => (PAGE_PATHS[kind] ? `${PAGE_PATHS[kind]}/${id}` : `/timeline?entry=${id}#${id}`);
const isRetiring = (c: Correction) => c.action === "merged" || c.action === "removed";
const sameRecord = (a: Correction, b: Correction) => a.recordKind === b.recordKind && a.recordId === b.recordId;

/** The ids of a record's latest corrections (several on one day are equally the latest). */
function latestIds(of: Correction, among: readonly Correction[] = CORRECTIONS): string[] {
  const mine = among.filter((c) => sameRecord(c, of));
  const latest = mine.map((c) => c.date).sort().at(-1);
  return mine.filter((c) => c.date === latest).map((c) => c.id);
}

async function linksToOneOf(page: Page, scope: string, ids: string[]): Promise<void> {
  const hrefs = await page.locator(`${scope} a[href^="/corrections#"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.some((href) => ids.some((id) => href === `/corrections#${id}`)), `${scope} links to one of ${ids.join(", ")}: ${hrefs.join(", ")}`).toBe(true);
}

test("/api/dataset serves the corrections file as its corrections field", async ({ request }) => {
  const body = (await (await request.get("/api/dataset")).json()) as { corrections?: unknown };
  expect(body.corrections).toEqual(CORRECTIONS);
});

test("the footer links to /corrections", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Corrections" }).click();
  await expect(page).toHaveURL(/\/corrections$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections");
});

test(`/corrections lists the ${CORRECTIONS.length} corrections of the data, newest first`, async ({ page }) => {
  const response = await page.goto("/corrections");
  expect(response?.status()).toBe(200);
  const listed = page.locator("main article[id]");
  if (CORRECTIONS.length === 0) {
    await expect(page.getByRole("status")).toContainText("No corrections so far.");
    await expect(listed).toHaveCount(0);
    return;
  }
  await expect(listed).toHaveCount(CORRECTIONS.length);
  const shown = await listed.evaluateAll((articles) => articles.map((a) => ({ id: a.id, date: a.querySelector("time")?.getAttribute("datetime") ?? "" })));
  expect(new Set(shown.map((s) => s.id))).toEqual(new Set(CORRECTIONS.map((c) => c.id)));
  for (const [i, entry] of shown.entries()) {
    expect(entry.date, `${entry.id} is dated as in the file`).toBe(CORRECTIONS.find((c) => c.id === entry.id)!.date);
    if (i > 0) expect(entry.date <= shown[i - 1]!.date, `${entry.id} comes after a newer one`).toBe(true);
  }
});

for (const correction of CORRECTIONS) {
  test(`correction ${correction.id}: its entry, and the ${correction.recordKind} ${correction.recordId} it corrects`, async ({ page }) => {
    await page.goto(`/corrections#${correction.id}`);
    const entry = page.locator(`article[id="${correction.id}"]`);
    await expect(entry).toContainText(correction.reason);
    await expect(entry.locator(`a[href="${permalink(correction.recordKind, correction.recordId)}"]`)).toBeVisible();
    if (correction.mergedInto) await expect(entry.locator(`a[href="${permalink(correction.recordKind, correction.mergedInto)}"]`).first()).toBeVisible();
    for (const value of [correction.before, correction.after]) if (value) await expect(entry.locator("dd", { hasText: value.trim() }).first()).toBeVisible();
    for (const source of correction.evidence) {
      const quote = entry.locator("figure", { hasText: source.quote.trim().slice(0, 60) }).first();
      await expect(quote.locator(`a[href^="/sources/${source.articleId}"]`)).toBeVisible();
    }

    const response = await page.goto(permalink(correction.recordKind, correction.recordId));
    expect(response?.status(), "the record's permalink answers, retired or not").toBe(200);
    const retiring = CORRECTIONS.filter((c) => sameRecord(c, correction) && isRetiring(c));
    if (retiring.length > 0) {
      // Merged or removed: the permalink says so and links the correction (the latest that retired it).
      const notice = PAGE_PATHS[correction.recordKind] ? "main" : `[id="${correction.recordId}"][role="status"]`;
      await expect(page.locator(notice)).toContainText(/was merged|was removed|merged into|Removed/);
      await linksToOneOf(page, notice, latestIds(correction, retiring));
    } else if (PAGE_PATHS[correction.recordKind]) {
      // The record's page carries the note, one item per correction, each linked to the log.
      await expect(page.getByRole("complementary", { name: "Corrected" })).toBeVisible();
      await expect(page.locator(`aside[aria-labelledby="corrected-heading"] a[href="/corrections#${correction.id}"]`)).toBeVisible();
    } else {
      // Statements and figures: the entry card's marker names the latest correction.
      await linksToOneOf(page, `article[id="${correction.recordId}"] .entry-meta`, latestIds(correction));
    }
  });
}

test("an unknown permalink id is still a 404, next to the notices of retired ids", async ({ request }) => {
  for (const kind of ["events", "actors", "proposals", "sources"]) {
    expect((await request.get(`/${kind}/no-such-record-${Date.now()}`)).status()).toBe(404);
  }
});
