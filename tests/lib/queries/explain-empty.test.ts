import { expect, it } from "vitest";
import type { TimelineView } from "@/lib/params/timeline-params";
import { buildIndex } from "@/lib/queries/dataset-index";
import { explainEmpty } from "@/lib/queries/explain-empty";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());
const view = (parts: Partial<TimelineView>): TimelineView => ({ actorIds: [], types: [], order: "newest", ...parts });

it.each<[string, Partial<TimelineView>, [string, number, number, string][]]>([
  // key, alone, without, link without it
  [
    "two filters each fine alone",
    { actorIds: ["hamas"], types: ["talks"] },
    [
      ["actor", 1, 1, "/timeline?type=talks"],
      ["type", 1, 1, "/timeline?actor=hamas"],
    ],
  ],
  [
    "a date range outside the record",
    { actorIds: ["qatar"], from: "2026-01-01", to: "2026-12-31" },
    [
      ["actor", 1, 0, "/timeline?from=2026-01-01&to=2026-12-31"],
      ["dates", 0, 1, "/timeline?actor=qatar"],
    ],
  ],
  ["text found nowhere, keeping the order", { q: "zebra", order: "oldest" }, [["q", 0, 3, "/timeline?order=oldest"]]],
])("%s", (_name, parts, expected) => {
  const facets = explainEmpty(index, view(parts));
  expect(facets.map((f) => [f.key, f.alone, f.without, f.hrefWithout])).toEqual(expected);
});

it("labels each part in words", () => {
  const facets = explainEmpty(index, view({ actorIds: ["qatar", "hamas"], types: ["figure"], from: "2025-06-01", to: "2025-06-30" }));
  expect(facets.map((f) => f.label)).toEqual(["actors Qatar or Hamas", "type reported figure", "dates Jun 2025"]);
});
