import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "@/lib/schema/dataset";
import { buildCorrection, buildDataset, withCorrections, writeDataDir } from "../support/dataset-builder";

// What readers see of corrections, rendered from the builder's data: the log, the note on a corrected
// record, the marker on its entry card, and the notice a merged or removed record's permalink answers with.

function useData(dataset: Dataset): void {
  vi.doMock("server-only", () => ({}));
  vi.stubEnv("DATA_DIR", writeDataDir(dataset));
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** `/corrections` for a query, as the server renders it; its fragment script needs a router, which only Next mounts. */
async function renderLog(query: Record<string, string> = {}): Promise<string> {
  vi.doMock("next/navigation", async (original) => ({
    ...(await original<typeof import("next/navigation")>()),
    useRouter: () => ({ push: () => {}, replace: () => {}, prefetch: () => {} }),
  }));
  const { default: Page } = await import("@/app/corrections/page");
  return renderToStaticMarkup(await Page({ searchParams: Promise.resolve(query), params: Promise.resolve({}) } as never));
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("/corrections", () => {
  it("lists every correction newest first, with the record linked, before and after, why, the category in words and the evidence", async () => {
    useData(withCorrections(buildDataset()));
    const html = await renderLog();
    const order = [...html.matchAll(/<article id="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["fix-event-title", "remove-statement", "merge-duplicate-event"]);
    expect(html).toContain("3 corrections, newest first.");
    expect(html).toMatch(/<a [^>]*href="\/events\/talks-ongoing"[^>]*>Qatar says talks are ongoing<\/a>/);
    expect(html).toContain("Qatar says talks are ongoing in Doha");
    expect(html).toContain("The article does not say where Qatar said it.");
    expect(html).toContain("Said something the article does not say");
    expect(html).toContain("Same fact recorded twice");
    // Evidence is quoted and linked to the passage in its article.
    expect(html).toMatch(/<blockquote>“talks are &quot;ongoing&quot;”<\/blockquote><figcaption><a href="\/sources\/test-article[^"]*"/);
    // A removed statement still links to its permalink, which answers with the notice.
    expect(html).toContain('href="/timeline?entry=hamas-old-claim#hamas-old-claim"');
    expect(html).not.toContain("No corrections so far");
  });

  it("says so when there are none", async () => {
    useData(buildDataset());
    const html = await renderLog();
    expect(html).toContain("No corrections so far.");
    expect(html).not.toContain("<article");
  });

  it("shows the missing side of an edit that added or took out a field as (none)", async () => {
    useData({ ...buildDataset(), corrections: [buildCorrection({ id: "added-field", before: undefined }), buildCorrection({ id: "dropped-link", after: undefined })] });
    const html = await renderLog();
    const entry = (id: string) => new RegExp(`<article id="${id}".*?</article>`, "s").exec(html)?.[0] ?? "";
    expect(entry("added-field")).toMatch(/<dt>Before<\/dt><dd><span class="italic text-muted">\(none\)<\/span><\/dd>.*<dt>After<\/dt><dd>Qatar says talks are ongoing<\/dd>/s);
    expect(entry("dropped-link")).toMatch(/<dt>Before<\/dt><dd>Qatar says talks are ongoing in Doha<\/dd>.*<dt>After<\/dt><dd><span class="italic text-muted">\(none\)<\/span><\/dd>/s);
  });

  it("renders a reason or value containing markup as text", async () => {
    useData({ ...buildDataset(), corrections: [buildCorrection({ reason: "Was <script>alert(1)</script>", after: "<b>bold</b>" })] });
    const html = await renderLog();
    expect(html).toContain("Was &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).not.toMatch(/<script>alert|<b>bold/);
  });
});

describe("/corrections, paged", () => {
  // Two pages and a bit: the builder's correction under ids that sort as the log lists them (one day, then by id).
  const ids = Array.from({ length: 28 }, (_, i) => `fix-${String(i).padStart(2, "0")}`);
  const paged = () => ({ ...buildDataset(), corrections: ids.map((id) => buildCorrection({ id })) });
  const listed = (html: string) => [...html.matchAll(/<article id="([^"]+)"/g)].map((m) => m[1]);

  it("shows the newest 25 on page 1 with a link on to page 2, and the rest on page 2 with a link back", async () => {
    useData(paged());
    const first = await renderLog();
    expect(listed(first)).toEqual(ids.slice(0, 25));
    expect(first).toContain("1–25 of 28 corrections, newest first.");
    expect(first).toContain("Page 1 of 2");
    expect(first).toMatch(/<a rel="next"[^>]*href="\/corrections\?p=2"|<a [^>]*href="\/corrections\?p=2"[^>]*rel="next"/);
    expect(first).not.toContain('rel="prev"');
    const second = await renderLog({ p: "2" });
    expect(listed(second)).toEqual(ids.slice(25));
    expect(second).toContain("26–28 of 28 corrections, newest first.");
    expect(second).toMatch(/<a [^>]*href="\/corrections"[^>]*rel="prev"|<a rel="prev"[^>]*href="\/corrections"/);
    expect(second).not.toContain('rel="next"');
  });

  it("opens the page holding `entry`", async () => {
    useData(paged());
    expect(listed(await renderLog({ entry: "fix-27" }))).toEqual(ids.slice(25));
  });

  it.each([
    [{ p: "9" }, "There is no page 9: the last is page 2, shown here.", ids.slice(25)],
    [{ p: "two" }, "Ignored page “two”: pages are numbered 1, 2, 3…; showing the first page.", ids.slice(0, 25)],
    [{ entry: "no-such-fix" }, "No correction has the id “no-such-fix”; it may be mistyped.", ids.slice(0, 25)],
  ])("renders %j with a notice saying what it did instead", async (query, notice, shown) => {
    useData(paged());
    const html = await renderLog(query);
    expect(html).toContain(notice);
    expect(listed(html)).toEqual(shown);
  });

  it("shows only the corrections to one kind of record when asked, with links to the others and their counts", async () => {
    // Every fourth correction is to an actor; the rest to the builder's event.
    const isActor = (i: number) => i % 4 === 0;
    useData({ ...buildDataset(), corrections: ids.map((id, i) => buildCorrection(isActor(i) ? { id, recordKind: "actor", recordId: "hamas" } : { id })) });
    const html = await renderLog({ kind: "actor" });
    const actorIds = ids.filter((_, i) => isActor(i));
    expect(listed(html)).toEqual(actorIds);
    // One page holds them, so no range is given.
    expect(html).toContain(`>${actorIds.length} corrections to actors, newest first.`);
    expect(html).toMatch(/<a [^>]*href="\/corrections\?kind=actor"[^>]*aria-current="page"|<a [^>]*aria-current="page"[^>]*href="\/corrections\?kind=actor"/);
    expect(html).toMatch(new RegExp(`href="/corrections\\?kind=event"[^>]*>Events <span[^>]*>${ids.length - actorIds.length}</span>`));
    expect(html).toMatch(new RegExp(`href="/corrections"[^>]*>All <span[^>]*>${ids.length}</span>`));
    expect(html).not.toContain('rel="next"');
  });

  it("links a record's note to the page of the log holding its correction", async () => {
    useData({ ...buildDataset(), corrections: ids.map((id) => buildCorrection({ id, recordKind: "actor", recordId: "hamas" })) });
    const { default: ActorPage } = await import("@/app/actors/[id]/page");
    const html = renderToStaticMarkup(await ActorPage(params("hamas")));
    expect(html).toContain('href="/corrections#fix-00"');
    expect(html).toContain('href="/corrections?p=2#fix-27"');
  });
});

describe("a corrected record", () => {
  it("shows a Corrected note on its page: date, what changed, why, and a link to its entry in the log", async () => {
    useData(withCorrections(buildDataset()));
    const { default: EventPage } = await import("@/app/events/[id]/page");
    const html = renderToStaticMarkup(await EventPage(params("talks-ongoing")));
    const note = /<aside aria-labelledby="corrected-heading"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? "";
    expect(note).toContain(">Corrected</h2>");
    expect(note).toContain('<time dateTime="2026-11-03">3 November 2026</time>');
    expect(note).toContain("Qatar says talks are ongoing in Doha");
    expect(note).toContain("Why: The article does not say where Qatar said it.");
    expect(note).toContain('href="/corrections#fix-event-title"');
  });

  it("shows no note on a record never corrected", async () => {
    useData(withCorrections(buildDataset()));
    const { default: ActorPage } = await import("@/app/actors/[id]/page");
    const html = renderToStaticMarkup(await ActorPage(params("qatar")));
    expect(html).not.toContain("corrected-heading");
  });

  it.each([
    ["actor", "@/app/actors/[id]/page", "hamas"],
    ["proposal", "@/app/proposals/[id]/page", "us-plan"],
    ["article", "@/app/sources/[id]/page", "test-article"],
  ] as const)("shows the note on a corrected %s's page too", async (recordKind, page, recordId) => {
    useData({ ...buildDataset(), corrections: [buildCorrection({ recordKind, recordId, reason: `Fix of ${recordId}.` })] });
    const { default: Page } = (await import(/* @vite-ignore */ page)) as { default: (p: ReturnType<typeof params>) => Promise<React.ReactElement> };
    const html = renderToStaticMarkup(await Page(params(recordId)));
    expect(html).toContain("corrected-heading");
    expect(html).toContain(`Why: Fix of ${recordId}.`);
  });

  it("carries a compact Corrected marker on its entry card, linking to the log", async () => {
    useData({ ...buildDataset(), corrections: [buildCorrection({ recordKind: "statement", recordId: "hamas-no-proposals", date: "2026-11-05" })] });
    // The timeline page itself mounts client components; its getter hands the cards their data.
    const { getTimelinePage } = await import("@/lib/data/pages/timeline-page");
    const { EntryCard } = await import("@/components/entry-card");
    const cards = getTimelinePage({}).groups.flatMap((group) => group.entries);
    const html = (id: string) => renderToStaticMarkup(<EntryCard {...cards.find((card) => card.entry.id === id)!} />);
    expect(html("hamas-no-proposals")).toMatch(/<a class="correction-marker" href="\/corrections#fix-event-title">Corrected <time dateTime="2026-11-05">5 November 2026<\/time><\/a>/);
    expect(html("talks-ongoing")).not.toContain("correction-marker");
  });
});

describe("a merged or removed record's permalink", () => {
  it("answers with where a merged event went, and links the correction", async () => {
    useData(withCorrections(buildDataset()));
    const { default: EventPage, generateMetadata } = await import("@/app/events/[id]/page");
    const html = renderToStaticMarkup(await EventPage(params("talks-ongoing-again")));
    expect(html).toContain("This event was merged");
    expect(html).toMatch(/Merged into <a class="[^"]*" href="\/events\/talks-ongoing">Qatar says talks are ongoing<\/a>/);
    expect(html).toContain('href="/corrections#merge-duplicate-event"');
    expect((await generateMetadata(params("talks-ongoing-again"))).title).toBe("Event merged into “Qatar says talks are ongoing”");
  });

  it("answers with why a removed record was taken out", async () => {
    const dataset = withCorrections(buildDataset());
    dataset.corrections.push(buildCorrection({ id: "remove-actor", recordKind: "actor", recordId: "old-actor", action: "removed", reason: "No article names this body." }));
    useData(dataset);
    const { default: ActorPage } = await import("@/app/actors/[id]/page");
    const html = renderToStaticMarkup(await ActorPage(params("old-actor")));
    expect(html).toContain("This actor was removed");
    expect(html).toContain("Removed: No article names this body.");
    expect(html).toContain('href="/corrections#remove-actor"');
  });

  it("is still a 404 for an id no correction names", async () => {
    useData(withCorrections(buildDataset()));
    const { default: EventPage } = await import("@/app/events/[id]/page");
    await expect(EventPage(params("never-existed"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    // A retired id of another kind is not this kind's.
    await expect(EventPage(params("hamas-old-claim"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it("answers a removed statement's timeline permalink with the notice instead of 'no entry has the id'", async () => {
    useData(withCorrections(buildDataset()));
    const { getTimelinePage } = await import("@/lib/data/pages/timeline-page");
    const { RetiredEntryBanner } = await import("@/components/corrections/retired-notice");
    const page = getTimelinePage({ entry: "hamas-old-claim" });
    expect(page.notices).toEqual([]);
    const html = renderToStaticMarkup(<RetiredEntryBanner {...page.retiredEntry!} />);
    // The anchor of the permalink (`#<id>`) lands on the notice.
    expect(html).toMatch(/^<div id="hamas-old-claim" role="status"/);
    expect(html).toContain('Removed on <time dateTime="2026-11-02">2 November 2026</time>: The article reports no such statement.');
    expect(html).toContain('href="/corrections#remove-statement"');
    const merged = renderToStaticMarkup(<RetiredEntryBanner {...getTimelinePage({ entry: "talks-ongoing-again" }).retiredEntry!} />);
    expect(merged).toMatch(/merged into <a [^>]*href="\/events\/talks-ongoing">Qatar says talks are ongoing<\/a>/);
    const unknown = getTimelinePage({ entry: "never-existed" });
    expect(unknown.retiredEntry).toBeUndefined();
    expect(unknown.notices.map((notice) => notice.message)).toEqual(["No entry has the id “never-existed”; it may be mistyped."]);
  });
});

describe("proxy.ts", () => {
  async function route(pathname: string) {
    const { proxy } = await import("@/proxy");
    const response = proxy(new NextRequest(new URL(pathname, "http://localhost")));
    return response.headers.get("x-middleware-rewrite") ?? "passes through";
  }

  it("lets a merged or removed record's permalink through to its page, and still sends unknown ids to the 404", async () => {
    useData(withCorrections(buildDataset()));
    expect(await route("/events/talks-ongoing-again")).toBe("passes through");
    expect(await route("/events/talks-ongoing")).toBe("passes through");
    expect(await route("/events/never-existed")).toMatch(/\/_no-such-page$/);
    // A removed statement's id is not an event's.
    expect(await route("/events/hamas-old-claim")).toMatch(/\/_no-such-page$/);
  });
});
