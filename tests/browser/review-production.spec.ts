import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The review tool writes data files: a production build must neither contain it nor answer for it.
test("the production build has no /review: pages and actions answer 404 and write nothing", async ({ request, baseURL }) => {
  expect(existsSync(".next/server/app/review"), "review routes compiled into the build").toBe(false);
  for (const path of ["/review", "/review/allisrael-2025-06-25", "/review/allisrael-2025-06-25/action"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const post = await request.post("/review/allisrael-2025-06-25/action", {
    data: { action: "accept", collection: "statements", recordId: "x" },
    headers: { Origin: baseURL! },
  });
  expect(post.status()).toBe(404);
});
