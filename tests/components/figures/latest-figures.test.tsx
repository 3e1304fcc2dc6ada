import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LatestFigures, SPARKLINE_MAX_POINTS } from "@/components/figures/latest-figures";
import { thinEvenly } from "@/lib/charts/chart-geometry";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildFigurePoints } from "@/lib/queries/figure-series";
import { buildFiguresDataset, count } from "../../support/figures-dataset";

describe("thinEvenly", () => {
  it("keeps a short list whole", () => {
    expect(thinEvenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it("keeps at most max items, spread over the list, first and last included", () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const kept = thinEvenly(items, 60);
    expect(kept).toHaveLength(60);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
    const gaps = kept.slice(1).map((v, i) => v - kept[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });
});

describe("LatestFigures on the home page", () => {
  // One report a day of the hostages held, far more than a 240-unit strip can show.
  const many = Array.from({ length: 150 }, (_, i) =>
    count({ id: `held-${i}`, metric: "hostages-held", value: 100 + i, date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10) }),
  );

  it("draws an even selection of many reports, so its size does not grow with the data, and says so", () => {
    const index = buildIndex(buildFiguresDataset(many));
    const html = renderToStaticMarkup(<LatestFigures points={buildFigurePoints(index)} metrics={["hostages-held"]} />);
    // The strip: its axis line, the path joining the dots (no fill), then one marker path per report.
    const strip = html.match(/<svg[^>]*viewBox="0 0 240 44"[\s\S]*?<\/svg>/)![0];
    const markers = strip.match(/<path(?![^>]*fill="none")[^>]*>/g) ?? [];
    expect(markers).toHaveLength(SPARKLINE_MAX_POINTS);
    expect(html).toContain(`150 reports`);
    expect(html).toContain(`; ${SPARKLINE_MAX_POINTS} drawn`);
  });

  it("draws every report when there are few", () => {
    const index = buildIndex(buildFiguresDataset(many.slice(0, 5)));
    const html = renderToStaticMarkup(<LatestFigures points={buildFigurePoints(index)} metrics={["hostages-held"]} />);
    expect(html).toContain("5 reports");
    expect(html).not.toContain("drawn");
  });
});
