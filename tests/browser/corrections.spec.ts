import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { z } from "zod";
import { dataDir } from "@/lib/data/data-dir";
import { PROVISION_LABELS } from "@/lib/format/labels";
import { CORRECTIONS_PAGE_SIZE } from "@/lib/queries/corrections-log";
import { CorrectionSchema, type Correction } from "@/lib/schema/correction";

// Expectations come from the corrections file the server was built from (data/, or DATA_DIR), so this
// spec holds whatever the audit puts there: the empty state while it is empty, every entry once it is not.
const CORRECTIONS: Correction[] = z.array(CorrectionSchema).parse(JSON.parse(readFileSync(path.join(dataDir(), "corrections.json"), "utf8")));

/** Record kinds with a page of their own; statements and figures (counts) open on the timeline. */
const PAGE_PATHS: Partial<Record<Correction["recordKind"], string>> = { event: "/events", actor: "/actors", proposal: "/proposals", article: "/sources" };
const permalink = (kind: Correction["recordKind"], id: string) => (PAGE_PATHS[kind] ? `${PAGE_PATHS[kind]}/${id}` : `/timeline?entry=${id}#${id}`);
const isRetiring = (c: Correction) => c.action === "merged" || c.action === "removed";
const sameRecord = (a: Correction, b: Correction) => a.recordKind === b.recordKind && a.recordId === b.recordId;

/** The log's order: newest first, then by id. */
const LOG = [...CORRECTIONS].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const PAGE_COUNT = Math.max(1, Math.ceil(LOG.length / CORRECTIONS_PAGE_SIZE));
/** Where a correction is in the log: the page that holds it, `p` left out for the first. */
function logHref(id: string): string {
  const page = Math.floor(LOG.findIndex((c) => c.id === id) / CORRECTIONS_PAGE_SIZE) + 1;
  return `/corrections${page > 1 ? `?p=${page}` : ""}#${id}`;
}

/** The ids of a record's latest corrections (several on one day are equally the latest). */
function latestIds(of: Correction, among: readonly Correction[] = CORRECTIONS): string[] {
  const mine = among.filter((c) => sameRecord(c, of));
  const latest = mine.map((c) => c.date).sort().at(-1);
  return mine.filter((c) => c.date === latest).map((c) => c.id);
}

async function linksToOneOf(page: Page, scope: string, ids: string[]): Promise<void> {
  const hrefs = await page.locator(`${scope} a[href^="/corrections"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.some((href) => ids.some((id) => href === logHref(id))), `${scope} links to one of ${ids.join(", ")}: ${hrefs.join(", ")}`).toBe(true);
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

test(`/corrections lists the ${CORRECTIONS.length} corrections of the data, newest first, ${CORRECTIONS_PAGE_SIZE} a page, each in full`, async ({ page, request }) => {
  test.setTimeout(30_000 + CORRECTIONS.length * 500);
  const response = await page.goto("/corrections");
  expect(response?.status()).toBe(200);
  const listed = page.locator("main article[id]");
  if (CORRECTIONS.length === 0) {
    await expect(page.getByRole("status")).toContainText("No corrections so far.");
    await expect(listed).toHaveCount(0);
    return;
  }
  // The log is paged (it was one page of every correction until it grew past a page): read it page after
  // page by its "Older" links, and check the pages together hold every correction once, newest first.
  type Shown = { id: string; date: string; text: string; links: string[]; values: string[]; figures: { quote: string; href: string }[] };
  const shown: Shown[] = [];
  for (let p = 1; ; p += 1) {
    await expect(page.locator("main")).toContainText(PAGE_COUNT > 1 ? `Page ${p} of ${PAGE_COUNT}` : "newest first");
    await expect(listed).toHaveCount(p < PAGE_COUNT ? CORRECTIONS_PAGE_SIZE : LOG.length - (PAGE_COUNT - 1) * CORRECTIONS_PAGE_SIZE);
    // Read every entry once, then check each against the file (a locator per value would take a minute).
    shown.push(
      ...(await listed.evaluateAll((articles) =>
        articles.map((a) => ({
          id: a.id,
          date: a.querySelector("time")?.getAttribute("datetime") ?? "",
          text: (a.textContent ?? "").replace(/\s+/g, " "),
          links: [...a.querySelectorAll("a")].map((link) => link.getAttribute("href") ?? ""),
          values: [...a.querySelectorAll("dd, td")].map((dd) => (dd.textContent ?? "").replace(/\s+/g, " ").trim()),
          figures: [...a.querySelectorAll("figure")].map((figure) => ({
            quote: (figure.querySelector("blockquote")?.textContent ?? "").replace(/\s+/g, " "),
            href: figure.querySelector("figcaption a")?.getAttribute("href") ?? "",
          })),
        })),
      )),
    );
    const older = page.locator('main nav[aria-label="Pages"] a[rel="next"]');
    if (p === PAGE_COUNT) {
      await expect(older).toHaveCount(0);
      break;
    }
    await expect(older).toHaveAttribute("href", `/corrections?p=${p + 1}`);
    await page.goto(`/corrections?p=${p + 1}`);
  }
  expect(shown.map((s) => s.id), "every correction once, in the log's order").toEqual(LOG.map((c) => c.id));
  for (const [i, entry] of shown.entries()) {
    expect(entry.date, `${entry.id} is dated as in the file`).toBe(CORRECTIONS.find((c) => c.id === entry.id)!.date);
    if (i > 0) expect(entry.date <= shown[i - 1]!.date, `${entry.id} comes after a newer one`).toBe(true);
  }
  const entries = new Map(shown.map((entry) => [entry.id, entry]));
  const names = await recordNames(request);
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  for (const correction of CORRECTIONS) {
    const entry = entries.get(correction.id)!;
    expect(entry.text, `${correction.id}: why`).toContain(flat(correction.reason));
    expect(entry.links, `${correction.id}: the record`).toContain(permalink(correction.recordKind, correction.recordId));
    if (correction.mergedInto) expect(entry.links, `${correction.id}: merged into`).toContain(permalink(correction.recordKind, correction.mergedInto));
    // Before/after shows only what changed: every word or number that differs between the two sides shows
    // (ids as the records' names), and long ones the fix left as they were do not.
    const { changed, kept } = compareLeaves(leavesOf(correction.before, correction.field), leavesOf(correction.after, correction.field));
    const values = entry.values.join(" ");
    for (const leaf of changed) expect(values, `${correction.id}: what changed`).toContain(flat(names.shown(leaf)));
    for (const leaf of kept) {
      if (leaf.text.length >= 40 && !changed.some((c) => c.text.includes(leaf.text))) expect(values, `${correction.id}: left as it was`).not.toContain(flat(leaf.text));
    }
    for (const source of correction.evidence) {
      // Two articles may print the same words: the passage is the one captioned with its own article.
      const shown = entry.figures.some((figure) => figure.quote.includes(flat(source.quote)) && figure.href.startsWith(`/sources/${source.articleId}#`));
      expect(shown, `${correction.id}: evidence “${source.quote}” from ${source.articleId}`).toBe(true);
    }
  }
});

test.describe("the log's pages", () => {
  test.skip(PAGE_COUNT < 2, "the log fits on one page");

  test("other spellings redirect to the canonical page; a page that does not exist renders the last with a notice", async ({ page, request }) => {
    await page.goto("/corrections?p=1");
    expect(new URL(page.url()).search).toBe("");
    await page.goto("/corrections?page=2&utm_source=x");
    expect(new URL(page.url()).search).toBe("?p=2");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/corrections\?p=2$/);
    for (const [query, notice] of [
      [`p=${PAGE_COUNT + 5}`, `There is no page ${PAGE_COUNT + 5}: the last is page ${PAGE_COUNT}, shown here.`],
      ["p=abc", "Ignored page “abc”: pages are numbered 1, 2, 3…; showing the first page."],
    ] as const) {
      const response = await request.get(`/corrections?${query}`, { maxRedirects: 0 });
      expect(response.status(), query).toBe(200);
      expect(response.headers()["cache-control"], query).toMatch(/no-store/);
      await page.goto(`/corrections?${query}`);
      await expect(page.getByRole("status")).toContainText(notice);
      await expect(page.locator("main article[id]").first()).toBeVisible();
    }
  });

  test("the kind filter lists only the corrections to that kind of record, newest first, paged the same way", async ({ page }) => {
    const kind = [...new Set(LOG.map((c) => c.recordKind))].sort((a, b) => LOG.filter((c) => c.recordKind === b).length - LOG.filter((c) => c.recordKind === a).length)[0]!;
    const expected = LOG.filter((c) => c.recordKind === kind);
    await page.goto("/corrections");
    await page.getByRole("navigation", { name: "Corrections by kind of record" }).locator(`a[href="/corrections?kind=${kind}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/corrections\\?kind=${kind}$`));
    await expect(page.locator(`a[href="/corrections?kind=${kind}"]`)).toHaveAttribute("aria-current", "page");
    const ids: string[] = [];
    for (let p = 1; ; p += 1) {
      ids.push(...(await page.locator("main article[id]").evaluateAll((articles) => articles.map((a) => a.id))));
      const older = page.locator('main nav[aria-label="Pages"] a[rel="next"]');
      if (!(await older.count())) break;
      await expect(older).toHaveAttribute("href", `/corrections?kind=${kind}&p=${p + 1}`);
      await page.goto(`/corrections?kind=${kind}&p=${p + 1}`);
    }
    expect(ids).toEqual(expected.map((c) => c.id));
  });

  test("an old link to an entry, /corrections#<id>, still lands on it, on the page that holds it", async ({ page }) => {
    const last = LOG.at(-1)!;
    await page.goto(`/corrections#${last.id}`);
    await expect(page).toHaveURL(new RegExp(`\\?entry=${last.id}#${last.id}$`));
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
    await expect(page.locator("main")).toContainText(`Page ${PAGE_COUNT} of ${PAGE_COUNT}`);
  });

  test("a record's link to its correction on a later page lands on the entry", async ({ page }) => {
    const later = LOG.slice(CORRECTIONS_PAGE_SIZE).find((c) => PAGE_PATHS[c.recordKind] && !isRetiring(c) && !CORRECTIONS.some((o) => sameRecord(o, c) && isRetiring(o)));
    test.skip(!later, "no live record with a page has a correction past the first page");
    await page.goto(permalink(later!.recordKind, later!.recordId));
    await page.locator(`aside[aria-labelledby="corrected-heading"] a[href="${logHref(later!.id)}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${logHref(later!.id).replace(/[?]/g, "\\?")}$`));
    await expect(page.locator(`[id="${later!.id}"]`)).toBeInViewport();
  });
});

/** Each corrected record once (a record may have several corrections), by kind. */
const RECORDS = [...new Map(CORRECTIONS.map((c) => [`${c.recordKind}:${c.recordId}`, c])).values()];

test.describe("corrected records' permalinks", () => {
  // What is checked is in the HTML the server sends; pages without scripts load faster, and must work too.
  test.use({ javaScriptEnabled: false });

  for (const kind of [...new Set(RECORDS.map((r) => r.recordKind))]) {
    const records = RECORDS.filter((r) => r.recordKind === kind);
    test(`each corrected ${kind} (${records.length}) shows its note, marker or notice`, async ({ page }) => {
      test.setTimeout(30_000 + records.length * 3_000);
      const onTimeline = !PAGE_PATHS[kind];
      const live = records.filter((r) => !CORRECTIONS.some((c) => sameRecord(c, r) && isRetiring(c)));
      if (onTimeline && live.length > 0) {
        // Live statements and figures: their cards' markers name their latest correction. They are read from
        // the timeline filtered to their type, page after page, rather than one `?entry=` view each.
        const markers = new Map<string, string[]>();
        for (let p = 1; ; p += 1) {
          await page.goto(`/timeline?type=${kind === "count" ? "figure" : "statement"}${p > 1 ? `&p=${p}` : ""}`);
          const cards = await page.locator("article.entry-card").evaluateAll((articles) =>
            articles.map((a) => [a.id, [...a.querySelectorAll(".entry-meta a[href^='/corrections']")].map((link) => link.getAttribute("href") ?? "")] as const),
          );
          for (const [id, hrefs] of cards) markers.set(id, hrefs);
          if (cards.length === 0 || !(await page.locator('a[rel="next"]').count())) break;
        }
        for (const record of live) {
          const hrefs = markers.get(record.recordId) ?? [];
          expect(hrefs.some((href) => latestIds(record).some((id) => href === logHref(id))), `${kind} ${record.recordId}: ${hrefs.join(", ")}`).toBe(true);
        }
      }
      for (const record of onTimeline ? records.filter((r) => !live.includes(r)) : records) {
        const label = `${kind} ${record.recordId}`;
        const response = await page.goto(permalink(kind, record.recordId));
        expect(response?.status(), `${label}: its permalink answers, retired or not`).toBe(200);
        const retiring = CORRECTIONS.filter((c) => sameRecord(c, record) && isRetiring(c));
        if (retiring.length > 0) {
          // Merged or removed: the permalink says so and links the correction (the latest that retired it).
          const notice = PAGE_PATHS[kind] ? "main" : `[id="${record.recordId}"][role="status"]`;
          await expect(page.locator(notice), label).toContainText(/was merged|was removed|merged into|Removed/);
          await linksToOneOf(page, notice, latestIds(record, retiring));
        } else if (PAGE_PATHS[kind]) {
          // The record's page carries the note, one item per correction, each linked to the log.
          for (const correction of CORRECTIONS.filter((c) => sameRecord(c, record))) {
            await expect(page.locator(`aside[aria-labelledby="corrected-heading"] a[href="${logHref(correction.id)}"]`), `${label}: ${correction.id}`).toHaveCount(1);
          }
        }
      }
    });
  }
});

test("an unknown permalink id is still a 404, next to the notices of retired ids", async ({ request }) => {
  for (const kind of ["events", "actors", "proposals", "sources"]) {
    expect((await request.get(`/${kind}/no-such-record-${Date.now()}`)).status()).toBe(404);
  }
});

/** A word or number inside a before/after value, with the key it is stored under (ids are shown by name). */
type Leaf = { key: string; text: string };

/** What a before/after value holds: itself, or every string and number inside it (with its key) when it is JSON. */
function leavesOf(value: string | undefined, field: string | undefined): Leaf[] {
  if (!value?.trim()) return [];
  let parsed: unknown;
  try {
    parsed = /^\s*[[{]/.test(value) ? JSON.parse(value) : value;
  } catch {
    parsed = value;
  }
  const leaves: Leaf[] = [];
  const walk = (inner: unknown, key: string): void => {
    if (typeof inner === "string") {
      if (inner.trim()) leaves.push({ key, text: inner });
    } else if (typeof inner === "number" || typeof inner === "boolean") leaves.push({ key, text: String(inner) });
    else if (Array.isArray(inner)) inner.forEach((item) => walk(item, key));
    else if (inner && typeof inner === "object") Object.entries(inner).forEach(([name, item]) => walk(item, name));
  };
  // A value is stored under its field (`provisions.truceLength` under `truceLength`).
  walk(parsed, field?.split(".").at(-1) ?? "");
  return leaves;
}

/** The leaves one side holds more often than the other (changed), and those both hold as often (kept). */
function compareLeaves(before: Leaf[], after: Leaf[]): { changed: Leaf[]; kept: Leaf[] } {
  const keyOf = (leaf: Leaf) => `${leaf.key}\u0000${leaf.text}`;
  const unmatched = (from: Leaf[], other: Leaf[]) => {
    const left = other.map(keyOf);
    return from.filter((leaf) => {
      const at = left.indexOf(keyOf(leaf));
      if (at >= 0) left.splice(at, 1);
      return at < 0;
    });
  };
  const changed = [...unmatched(before, after), ...unmatched(after, before)];
  return { changed, kept: before.filter((leaf) => !changed.includes(leaf)) };
}

/** Keys whose values are record ids, by the collection of the dataset that names them. */
const ID_KEYS: Record<string, "actors" | "events" | "proposals" | "articles"> = {
  actorId: "actors", actorIds: "actors", speakerId: "actors", proposerIds: "actors", organisationId: "actors", reportedById: "actors", outletId: "actors",
  eventId: "events", proposalIds: "proposals", articleId: "articles",
};

/** How the page should show a leaf: an id by its record's name or title (the id itself once the record is gone), a topic by its provision's name, a day in words. */
async function recordNames(request: APIRequestContext): Promise<{ shown: (leaf: Leaf) => string }> {
  const dataset = (await (await request.get("/api/dataset")).json()) as Record<string, { id: string; name?: string; title?: string }[]>;
  const topics: Record<string, { label: string }> = PROVISION_LABELS;
  return {
    shown: ({ key, text }) => {
      const collection = ID_KEYS[key];
      if (collection) {
        const record = dataset[collection]?.find((r) => r.id === text);
        return record?.name ?? record?.title ?? text;
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      return key === "topics" ? (topics[text]?.label ?? text) : text;
    },
  };
}
