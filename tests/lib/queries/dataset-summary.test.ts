import { expect, it } from "vitest";
import { summariseDataset } from "@/lib/queries/dataset-summary";
import { buildDataset } from "../../support/dataset-builder";

it("counts each kind of fact, quotes and the dates covered", () => {
  const dataset = buildDataset();
  dataset.events.push({ ...dataset.events[0]!, id: "older", date: "2023-10-07" });
  expect(summariseDataset(dataset)).toEqual({
    articles: 1,
    actors: 3,
    events: 2,
    statements: 1,
    proposals: 1,
    counts: 1,
    quotes: 3 + 2 + 1 + 1 + 1,
    firstDate: "2023-10-07",
    lastDate: "2025-06-25",
    firstPublished: "2025-06-25",
    lastPublished: "2025-06-25",
  });
});
