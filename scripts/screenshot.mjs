// Dev aid: `node scripts/screenshot.mjs <url-path> <out.png> [width] [dark]` against a running server.
import { chromium } from "@playwright/test";

const [pathArg = "/", out = "/tmp/shot.png", width = "1280", scheme = "light"] = process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://127.0.0.1:3100";
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(base + pathArg, { waitUntil: "load" });
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: process.env.FULL !== "0" });
await browser.close();
console.log(`saved ${out}`);
