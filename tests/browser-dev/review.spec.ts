import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DRAFT_ID } from "../support/draft-builder";

// Runs against `next dev` on the temporary data folder of playwright.review.config.ts, in order: each
// test sees what the one before wrote.
test.describe.configure({ mode: "serial" });

const DATA_DIR = process.env.REVIEW_DATA_DIR!;
const readData = (file: string) => readFileSync(path.join(DATA_DIR, file), "utf8");
const draftIds = (collection: string) =>
  (JSON.parse(readData(`drafts/${DRAFT_ID}.json`)) as Record<string, { id: string }[]>)[collection]!.map((record) => record.id);

test("lists the draft with its counts and opens it", async ({ page }) => {
  await page.goto("/review");
  const entry = page.getByRole("listitem").filter({ hasText: DRAFT_ID });
  await expect(entry).toContainText("4 pending, 0 marked accepted, 0 marked rejected");
  await entry.getByRole("link", { name: "Test article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test article");
  // Each candidate is marked where its offsets say, as text.
  await expect(page.locator("mark").filter({ hasText: "at least 20 hostages were alive" })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Proposed records (4)" })).toBeVisible();
});

test("accepts a record with the keyboard: it lands in statements.json and the site shows it", async ({ page, request }) => {
  // Load the dataset into the server's cache first: it must be dropped after the write for the record to show.
  expect((await request.get("/api/v1/statements/qatar-talks-ongoing")).status()).toBe(404);
  await page.goto(`/review/${DRAFT_ID}`);
  const accept = page.getByRole("button", { name: "Accept statement qatar-talks-ongoing" });
  await expect(accept).toBeEnabled(); // once hydrated
  await accept.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText('wrote statement "qatar-talks-ongoing" to statements.json');
  await expect(page.getByRole("button", { name: "Accept statement qatar-talks-ongoing" })).toHaveCount(0);
  expect(JSON.parse(readData("statements.json")).map((s: { id: string }) => s.id)).toContain("qatar-talks-ongoing");
  expect(draftIds("statements")).not.toContain("qatar-talks-ongoing");
  // The cached dataset was dropped after the write, so the running site serves the new record.
  const api = await request.get("/api/v1/statements/qatar-talks-ongoing");
  expect(api.status()).toBe(200);
});

test("rejects a record: it leaves the draft and no data file changes", async ({ page }) => {
  const counts = readData("counts.json");
  await page.goto(`/review/${DRAFT_ID}`);
  await page.getByRole("button", { name: "Reject figure hostages-alive-army" }).click();
  await expect(page.getByRole("status")).toHaveText('rejected figure "hostages-alive-army"');
  expect(draftIds("counts")).toEqual([]);
  expect(readData("counts.json")).toBe(counts);
});

test("shows why a record cannot be accepted yet, and schema errors of an edit, inline", async ({ page }) => {
  const statements = readData("statements.json");
  await page.goto(`/review/${DRAFT_ID}`);
  await page.getByRole("button", { name: "Accept statement egyptian-official-within-reach" }).click();
  // (Next.js's route announcer is an alert too: pick the record's by its text.)
  await expect(page.getByRole("alert").filter({ hasText: "not written" })).toContainText('refers to actor "egyptian-official" (speakerId), still in this draft: accept it first');
  expect(readData("statements.json")).toBe(statements);

  await page.getByRole("button", { name: "Edit actor egyptian-official" }).click();
  const box = page.getByRole("textbox", { name: /The actor as JSON/ });
  const record = JSON.parse(await box.inputValue());
  await box.fill(JSON.stringify({ ...record, kind: "ghost" }));
  await page.getByRole("button", { name: "Save" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "does not match its schema" });
  await expect(alert).toContainText(`drafts/${DRAFT_ID}.json: actors[0].kind: Invalid option`);
  await expect(box).toHaveAttribute("aria-invalid", "true");
});

test("refuses a POST from another origin, or with no origin, and writes nothing", async ({ request, baseURL }) => {
  const before = [readData("actors.json"), readData(`drafts/${DRAFT_ID}.json`)];
  const body = { action: "accept", collection: "actors", recordId: "egyptian-official" };
  const refused: Record<string, string>[] = [{ Origin: "http://evil.example" }, { Origin: "null" }, {}, { Origin: baseURL!, "Sec-Fetch-Site": "cross-site" }];
  for (const headers of refused) {
    const response = await request.post(`/review/${DRAFT_ID}/action`, { data: body, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  expect([readData("actors.json"), readData(`drafts/${DRAFT_ID}.json`)]).toEqual(before);
  // The same request from the page's own origin goes through.
  const own = await request.post(`/review/${DRAFT_ID}/action`, { data: body, headers: { Origin: baseURL! } });
  expect(own.status()).toBe(200);
});
