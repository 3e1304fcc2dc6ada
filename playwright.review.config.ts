import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { writeReviewDataDir } from "./tests/support/draft-builder";

// The review tool exists only under `next dev` (it writes data files), so its browser tests run against a
// dev server of their own, on a temporary data folder holding a hand-written draft. `npm run test:review`.
const PORT = Number(process.env.TEST_PORT ?? 3100);
// localhost, not 127.0.0.1: `next dev` refuses its HMR socket to another host name, and the page then never hydrates.
const BASE_URL = `http://localhost:${PORT}`;

// The config is loaded again in each worker: the folder is made once and handed down in the environment.
process.env.REVIEW_DATA_DIR ??= writeReviewDataDir();

export default defineConfig({
  ...baseConfig,
  testDir: "tests/browser-dev",
  fullyParallel: false,
  workers: 1,
  // A dev server compiles each route on its first request: slow on a busy machine.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright-review.json" }]],
  use: { ...baseConfig.use, baseURL: BASE_URL },
  webServer: {
    command: `npx next dev -p ${PORT}`,
    url: `${BASE_URL}/review`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: process.env.REVIEW_DATA_DIR },
  },
});
