import type { Page } from "@playwright/test";

/** Every head tag of the page at `path` that carries metadata, as comparable text, in a stable order. */
export async function headTags(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page.evaluate(() =>
    [...document.head.querySelectorAll("title, meta[name], meta[property], link[rel]:not([rel=stylesheet]):not([rel=preload])")]
      .map((element) => {
        const attributes = ["rel", "name", "property", "media", "type", "sizes", "title", "href", "content"];
        const described = attributes.map((name) => element.getAttribute(name)).filter((value) => value !== null);
        return `${element.tagName.toLowerCase()} ${described.join(" | ")} ${element.tagName === "TITLE" ? element.textContent : ""}`.trim();
      })
      .sort(),
  );
}
