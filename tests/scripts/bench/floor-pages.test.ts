import { describe, expect, it } from "vitest";
import { floorHeaders, floorPages, pageAssets } from "@/scripts/bench/floor-pages";

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/chunks/a.css" as="style"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-n-g=""/>',
  '<link rel="icon" href="/icon.svg"/><link rel="canonical" href="/timeline"/><link rel="stylesheet" href="https://cdn.example/x.css"/>',
  '<script type="module" defer="" src="/scripts/timeline.js"></script><script>inline()</script></head>',
  '<body class="flex"><main><h3 class="entry-title">Talks &amp; aid</h3><p>More</p></main></body></html>',
].join("");

describe("pageAssets", () => {
  it("lists the same-origin stylesheets and scripts once each, in document order", () => {
    expect(pageAssets(PAGE)).toEqual(["/_next/static/chunks/a.css", "/scripts/timeline.js"]);
  });

  it("skips icons, canonical links, other origins and inline scripts", () => {
    expect(pageAssets('<link rel="icon" href="/i.svg"/><link rel="stylesheet" href="//cdn.example/a.css"/><script>x()</script>')).toEqual([]);
  });
});

describe("floorPages", () => {
  const pages = floorPages(PAGE, "Talks & <aid>");

  it("keeps the page whole, and makes one with its head and only the headline", () => {
    expect(pages.map((p) => [p.name, p.path])).toEqual([
      ["static", "/page.html"],
      ["static-no-coop", "/no-coop/page.html"],
      ["head-only", "/head-only.html"],
      ["head-only-no-coop", "/no-coop/head-only.html"],
    ]);
    expect(pages[0]!.html).toBe(PAGE);
    const bare = pages[2]!.html;
    expect(bare.startsWith(PAGE.slice(0, PAGE.indexOf("<body")))).toBe(true);
    expect(bare).toContain('<body class="flex"><main><h3>Talks &amp; &lt;aid&gt;</h3></main></body></html>');
    expect(bare).not.toContain("More");
  });

  it("says what is wrong with a document that has no body", () => {
    expect(() => floorPages("<html><head></head></html>", "x")).toThrow("no <body>");
  });
});

describe("floorHeaders", () => {
  const headers = [
    { key: "Content-Security-Policy", value: "default-src 'self'" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];

  it("drops only Cross-Origin-Opener-Policy, and only under /no-coop/", () => {
    expect(floorHeaders("/page.html", headers)).toEqual(headers);
    expect(floorHeaders("/no-coop/page.html", headers)).toEqual([headers[0]]);
  });
});
