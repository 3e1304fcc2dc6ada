import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EntryCard } from "@/components/entry-card";
import { entryData } from "@/lib/queries/entry-data";
import { SourceQuote } from "@/components/source-quote";
import { loadDataset } from "@/lib/data/load-dataset";
import { buildIndex } from "@/lib/queries/dataset-index";
import { HOSTILE_BODY, buildDataset, withHostileArticle, writeDataDir } from "../support/dataset-builder";

// Article text and anything quoted from it is data, never markup: whatever tags a source contains must
// reach the reader as visible characters, and no element the source wrote may appear in the page.

/** Elements an injection would create if rendered as HTML. */
const LIVE = [/<script>alert\(1\)/i, /<img src=x onerror/i, /<b>talks<\/b>/i, /<b>markup<\/b>/i, /<i>Outlet<\/i>/i, /<b>resume<\/b>/i];

function expectInert(html: string, ...visible: string[]): void {
  for (const pattern of LIVE) expect(html).not.toMatch(pattern);
  for (const text of visible) expect(html).toContain(text);
}

describe("a source article containing HTML and a script", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is accepted by the loader verbatim, quotes and all", () => {
    const dataset = loadDataset(writeDataDir(withHostileArticle(buildDataset())));
    const article = dataset.articles.find((a) => a.id === "hostile-article");
    expect(article?.body).toBe(HOSTILE_BODY);
    expect(article?.title).toBe("Report <script>alert(1)</script> with <b>markup</b>");
    expect(dataset.events.find((e) => e.id === "hostile-event")?.sources[0]?.quote).toBe("<script>alert(1)</script>");
  });

  it("renders as text in an entry card: title, quotation, venue and source quotes", () => {
    const index = buildIndex(loadDataset(writeDataDir(withHostileArticle(buildDataset()))));
    for (const id of ["hostile-event", "hostile-statement"]) {
      const entry = index.timeline.find((e) => e.id === id)!;
      const html = renderToStaticMarkup(<EntryCard {...entryData(entry, index)} />);
      expectInert(html);
      expect(html).toMatch(/&lt;(script|b)&gt;/);
    }
    const statement = renderToStaticMarkup(<EntryCard {...entryData(index.timeline.find((e) => e.id === "hostile-statement")!, index)} />);
    expectInert(statement, "&lt;b&gt;talks&lt;/b&gt; would resume on Monday", "leaflet &lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders as text in a source quotation", () => {
    const html = renderToStaticMarkup(
      <SourceQuote quote="<script>alert(1)</script>" articleId="hostile-article" articleTitle="Report <b>markup</b>" outlet="<i>Outlet</i>" published="2025-06-25" />,
    );
    expectInert(html, "&lt;script&gt;alert(1)&lt;/script&gt;", "Report &lt;b&gt;markup&lt;/b&gt;", "&lt;i&gt;Outlet&lt;/i&gt;");
  });

  it("renders as text on the home page (latest entries and the list of sources)", async () => {
    vi.doMock("server-only", () => ({}));
    vi.stubEnv("DATA_DIR", writeDataDir(withHostileArticle(buildDataset())));
    const { default: HomePage } = await import("@/app/page");
    const html = renderToStaticMarkup(<HomePage />);
    expectInert(html, "Report &lt;script&gt;alert(1)&lt;/script&gt; with &lt;b&gt;markup&lt;/b&gt;", "Talks &lt;b&gt;resume&lt;/b&gt;");
  });

  // The permalink pages and the timeline, rendered whole as the server renders them, on the hostile data.
  describe("as whole pages", () => {
    async function page<P>(load: () => Promise<{ default: (props: P) => Promise<React.ReactElement> }>, props: P): Promise<string> {
      vi.doMock("server-only", () => ({}));
      vi.stubEnv("DATA_DIR", writeDataDir(withHostileArticle(buildDataset())));
      const { default: Page } = await load();
      return renderToStaticMarkup(await Page(props));
    }
    const params = (id: string) => ({ params: Promise.resolve({ id }) });

    it("/sources/hostile-article shows the title, outlet and verbatim body as text", async () => {
      const html = await page(() => import("@/app/sources/[id]/page"), params("hostile-article"));
      expectInert(
        html,
        "Report &lt;script&gt;alert(1)&lt;/script&gt; with &lt;b&gt;markup&lt;/b&gt;",
        "&lt;i&gt;Outlet&lt;/i&gt;",
        "Officials said &lt;b&gt;talks&lt;/b&gt; would resume on Monday.",
        "&lt;img src=x onerror=alert(1)&gt;",
      );
      // The quoted script is highlighted as a passage, still as text.
      expect(html).toMatch(/<mark[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/mark>/);
    });

    it("/events/hostile-event shows its title, summary and source quote as text", async () => {
      const html = await page(() => import("@/app/events/[id]/page"), params("hostile-event"));
      expectInert(html, "Talks &lt;b&gt;resume&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    });

    it("/actors/hamas-spokesman shows the hostile statement and its venue as text", async () => {
      const html = await page(() => import("@/app/actors/[id]/page"), params("hamas-spokesman"));
      expectInert(html, "&lt;b&gt;talks&lt;/b&gt; would resume on Monday", "leaflet &lt;img src=x onerror=alert(1)&gt;");
    });

    it("/timeline searched for the markup shows the matching entries as text", async () => {
      // The filter form is a client component that needs a mounted app router; outside Next there is none.
      vi.doMock("next/navigation", async (original) => ({
        ...(await original<typeof import("next/navigation")>()),
        useRouter: () => ({ push: () => {}, replace: () => {}, prefetch: () => {} }),
        usePathname: () => "/timeline",
        useSearchParams: () => new URLSearchParams("q=%3Cscript%3E"),
      }));
      const html = await page(() => import("@/app/timeline/page"), { searchParams: Promise.resolve({ q: "<script>" }) } as never);
      expectInert(html, "Talks &lt;b&gt;resume&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toContain('value="<script>"');
    });
  });
});
