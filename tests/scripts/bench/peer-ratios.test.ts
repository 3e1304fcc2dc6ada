import { describe, expect, it } from "vitest";
import { bytesByKind, combineRounds, firstHeadline, foundIn, lighthouseSummary, MeasureJsonSchema, ratio, ratioRows, roundFigures, type MeasureJson } from "@/scripts/bench/peer-ratios";

const measured = (median: Partial<MeasureJson["median"]>, lighthouse: MeasureJson["lighthouse"] = []): MeasureJson =>
  MeasureJsonSchema.parse({ url: "http://x/", median: { bytesWire: null, textVisible: null, longTaskTotal: null, requests: null, ...median }, lighthouse });

describe("ratio", () => {
  it.each([
    [50, 100, 0.5],
    [0, 0, 0],
    [10, 0, undefined],
    [null, 100, undefined],
    [100, undefined, undefined],
  ] as const)("%s ÷ %s is %s", (ours, peer, expected) => {
    expect(ratio(ours, peer)).toBe(expected);
  });
});

describe("ratioRows", () => {
  const peer = measured({ bytesWire: 229_000, textVisible: 860, longTaskTotal: 900, requests: 9 });

  it("holds bytes to half of TimelineJS, headline and long tasks to a quarter", () => {
    const ours = measured({ bytesWire: 114_000, textVisible: 300, longTaskTotal: 0, requests: 12 });
    const rows = ratioRows(ours, peer);
    expect(rows.map((r) => [r.measure, r.target, r.status])).toEqual([
      ["Bytes on the wire", "≤ 0.5×", "met"],
      ["First headline visible", "≤ 0.25×", "not met"],
      ["Long tasks (total)", "≤ 0.25×", "met"],
    ]);
    expect(rows[0]!.result).toBe("ours 114.0 kB / TimelineJS 229.0 kB = 0.50×");
    expect(rows[1]!.result).toBe("ours 300 ms / TimelineJS 860 ms = 0.35×");
  });

  it("says which side has no figure", () => {
    const rows = ratioRows(measured({ bytesWire: 100_000 }), peer);
    expect(rows[1]!.status).toBe("not met: no figure (ours)");
  });
});

describe("lighthouseSummary", () => {
  it("prints the first preset's scores, its error, or that it did not run", () => {
    expect(lighthouseSummary(measured({}, [{ preset: "desktop", performance: 97, accessibility: 100, bestPractices: 100, seo: 100 }]))).toBe(
      "desktop: performance 97, accessibility 100, best practices 100, SEO 100",
    );
    expect(lighthouseSummary(measured({}, [{ preset: "desktop", error: "lighthouse exit 1" }]))).toBe("failed: lighthouse exit 1");
    expect(lighthouseSummary(measured({}))).toBe("not run");
  });

  it("shows scores whole, as Lighthouse does", () => {
    expect(lighthouseSummary(measured({}, [{ preset: "desktop", performance: 56.00000000000001, accessibility: 95, bestPractices: 96, seo: null }]))).toBe(
      "desktop: performance 56, accessibility 95, best practices 96, SEO –",
    );
  });
});

describe("combineRounds", () => {
  const round = (textVisible: number | null, bytesWire: number, byKind: MeasureJson["median"]["byKind"], lighthouse: MeasureJson["lighthouse"] = []) =>
    MeasureJsonSchema.parse({
      url: "http://x/timeline",
      median: { bytesWire, textVisible, longTaskTotal: textVisible === null ? null : textVisible / 2, requests: Object.keys(byKind).length, byKind },
      runs: [{ textVisible, textVisibleIn: "h3" }],
      lighthouse,
    });

  it("takes the median of each figure over the rounds, skipping rounds without one", () => {
    const combined = combineRounds([
      round(300, 40_000, { html: { requests: 1, wire: 30_000 }, css: { requests: 1, wire: 8_000 } }),
      round(null, 44_000, { html: { requests: 1, wire: 31_000 } }),
      round(200, 42_000, { html: { requests: 1, wire: 29_000 }, css: { requests: 1, wire: 9_000 } }, [{ preset: "desktop", performance: 100 }]),
    ]);
    expect(combined.median.textVisible).toBe(250);
    expect(combined.median.longTaskTotal).toBe(125);
    expect(combined.median.bytesWire).toBe(42_000);
    expect(combined.median.requests).toBe(2);
    // The round without CSS counts as none: median of 8,000, 0 and 9,000.
    expect(combined.median.byKind).toEqual({ html: { requests: 1, wire: 30_000 }, css: { requests: 1, wire: 8_000 } });
    expect(combined.runs).toHaveLength(3);
    expect(combined.lighthouse).toEqual([{ preset: "desktop", performance: 100 }]);
    expect(roundFigures(combined)).toBe("300 – 200");
  });

  it("says when there is nothing to combine", () => {
    expect(() => combineRounds([])).toThrow("no rounds");
  });
});

describe("firstHeadline", () => {
  it("takes the first entry title's text, decoded", () => {
    const html =
      '<h2>July 2025</h2><article><h3 id="e1-title" class="entry-title"><a href="/events/e1">Talks resume in Doha &amp; Cairo</a></h3></article>' +
      '<article><h3 id="e2-title" class="entry-title"><a href="/events/e2">Second</a></h3></article>';
    expect(firstHeadline(html)).toBe("Talks resume in Doha & Cairo");
  });

  it("keeps the longest text node when React splits the heading", () => {
    expect(firstHeadline('<h3 class="x entry-title"><a>Israel’s cabinet approves the deal</a><!-- --> <span>(new)</span></h3>')).toBe("Israel’s cabinet approves the deal");
  });

  it("finds nothing on a page without entries", () => {
    expect(firstHeadline("<main><p>No entries match.</p></main>")).toBeUndefined();
  });
});

describe("bytesByKind and foundIn", () => {
  it("lists bytes on the wire by kind, biggest first", () => {
    const m = measured({ byKind: { html: { requests: 1, wire: 54_570 }, data: { requests: 22, wire: 162_723 } } });
    expect(bytesByKind(m)).toBe("data 22 × 162.7 kB, html 1 × 54.6 kB");
    expect(bytesByKind(measured({}))).toBe("–");
  });

  it("names where the text was first seen, once per place", () => {
    const m = MeasureJsonSchema.parse({ url: "u", median: { bytesWire: 1, textVisible: 1, longTaskTotal: 1, requests: 1 }, runs: [{ textVisibleIn: "h3.entry-title" }, { textVisibleIn: "h3.entry-title" }, { textVisibleIn: null }] });
    expect(foundIn(m)).toBe("h3.entry-title");
    expect(foundIn(measured({}))).toBe("never found");
  });
});
