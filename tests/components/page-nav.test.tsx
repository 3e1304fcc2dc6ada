import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageNav } from "@/components/page-nav";
import { PaginationNav } from "@/components/timeline/pagination-nav";

const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*rel="(prev|next)"|<a [^>]*rel="(prev|next)"[^>]*href="([^"]+)"/g)].map((m) => [m[2] ?? m[3], m[1] ?? m[4]]);
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("PageNav", () => {
  const nav = (page: number, pageCount = 3) =>
    renderToStaticMarkup(<PageNav page={page} pageCount={pageCount} hrefOf={(p) => `/log?p=${p}`} words={["Newer", "Older"]} noun="corrections" label="Pages" />);

  it("links the pages on either side and says where the reader is", () => {
    expect(links(nav(2))).toEqual([
      ["prev", "/log?p=1"],
      ["next", "/log?p=3"],
    ]);
    expect(text(nav(2))).toContain("← Newer corrections, page 1");
    expect(text(nav(2))).toContain("Page 2 of 3");
    expect(text(nav(2))).toContain("Older corrections, page 3 →");
  });

  it("has no previous link on the first page, no next link on the last, and is left out when one page holds all", () => {
    expect(links(nav(1)).map(([rel]) => rel)).toEqual(["next"]);
    expect(links(nav(3)).map(([rel]) => rel)).toEqual(["prev"]);
    expect(nav(1, 1)).toBe("");
  });
});

describe("the timeline's PaginationNav", () => {
  it("keeps the filters in its links and names the direction by the order", () => {
    const html = renderToStaticMarkup(<PaginationNav base={{ actorIds: ["qatar"], types: [], order: "oldest" }} order="oldest" page={2} pageCount={3} label="Pages" />);
    expect(links(html)).toEqual([
      ["prev", "/timeline?actor=qatar&amp;order=oldest"],
      ["next", "/timeline?actor=qatar&amp;order=oldest&amp;p=3"],
    ]);
    expect(text(html)).toContain("← Earlier entries, page 1");
  });
});
