import { describe, expect, it } from "vitest";
import { siteOrigin } from "@/lib/site";
import { pageMetadata } from "@/lib/site-metadata";

describe("pageMetadata", () => {
  it("sets title, description, canonical path and complete Open Graph tags", () => {
    const metadata = pageMetadata({ title: "Qatar", description: "Mediator.", path: "/actors/qatar", type: "article" });
    expect(metadata).toMatchObject({
      title: "Qatar",
      description: "Mediator.",
      alternates: { canonical: "/actors/qatar" },
      openGraph: { title: "Qatar", description: "Mediator.", url: "/actors/qatar", type: "article", siteName: "Ceasefire Tracker" },
    });
  });

  it("shortens a long description for link previews", () => {
    const metadata = pageMetadata({ title: "T", description: "word ".repeat(100), path: "/" });
    expect(String(metadata.description).length).toBeLessThanOrEqual(200);
    expect(metadata.openGraph?.description).toBe(metadata.description);
  });

  it("shares a filtered view's own address while keeping the page canonical", () => {
    const metadata = pageMetadata({ title: "Qatar on the timeline", description: "Filtered.", path: "/timeline", shareUrl: "/timeline?actor=qatar" });
    expect(metadata.alternates?.canonical).toBe("/timeline");
    expect(metadata.openGraph?.url).toBe("/timeline?actor=qatar");
  });

  it("links a share card as a large 1200×630 Open Graph and Twitter image when the page has one", () => {
    const metadata = pageMetadata({ title: "Talks", description: "D.", path: "/events/x", image: "/cards/events/x" });
    const image = { url: "/cards/events/x", width: 1200, height: 630, alt: "Talks", type: "image/png" };
    expect(metadata.openGraph?.images).toEqual([image]);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
    expect(pageMetadata({ title: "T", description: "D.", path: "/" }).twitter).toMatchObject({ card: "summary" });
  });
});

describe("pageMetadata feeds", () => {
  it("links both formats of a page's feed in the head, with the view's query", () => {
    const metadata = pageMetadata({ title: "T", description: "D", path: "/timeline", feed: { feedPath: "/timeline/feed", query: "actor=qatar", title: "Timeline: Qatar" } });
    expect(metadata.alternates?.types).toEqual({
      "application/atom+xml": [{ url: "/timeline/feed.atom?actor=qatar", title: "Timeline: Qatar (Atom)" }],
      "application/feed+json": [{ url: "/timeline/feed.json?actor=qatar", title: "Timeline: Qatar (JSON Feed)" }],
    });
    expect(pageMetadata({ title: "T", description: "D", path: "/" }).alternates?.types).toBeUndefined();
  });
});

describe("siteOrigin (SITE_URL unset)", () => {
  it.each([
    [{ host: "127.0.0.1:3801" }, "http://127.0.0.1:3801"],
    [{ host: "tracker.example.org", "x-forwarded-proto": "https" }, "https://tracker.example.org"],
    [{ host: "internal:3000", "x-forwarded-host": "news.example.org" }, "http://news.example.org"],
    [{ host: "[::1]:3801" }, "http://[::1]:3801"],
    [{ host: "evil.example/<script>" }, "http://localhost"],
    [{}, "http://localhost"],
  ])("%j → %s", (headers, expected) => {
    expect(siteOrigin(new Headers(headers))).toBe(expected);
  });
});
