import { describe, expect, it } from "vitest";
import { citationFields } from "@/lib/cite/citation-fields";
import { buildIndex } from "@/lib/queries/dataset-index";
import { buildDataset, withCorrections } from "../../support/dataset-builder";

const dataset = buildDataset();
// A second article, with an outlet, so "as reported by" has two to name; the event quotes the first twice.
dataset.articles.push({ ...dataset.articles[0]!, id: "second-article", title: "Second", outlet: "CNN", published: "2025-06-26" });
dataset.events[0]!.sources.push({ articleId: "test-article", quote: "Mediator Qatar said Tuesday" }, { articleId: "second-article", quote: "talks are “ongoing”" });
const index = buildIndex(dataset);

describe("citationFields", () => {
  it.each([
    ["events", "talks-ongoing", { title: "Qatar says talks are ongoing", kindLabel: "Event record", date: "2025-06-24", dateText: "24 June 2025", path: "/events/talks-ongoing" }],
    ["statements", "hamas-no-proposals", { title: "Hamas spokesman: “not yet received any new proposals”", kindLabel: "Statement record", path: "/timeline?entry=hamas-no-proposals#hamas-no-proposals" }],
    ["figures", "gaza-deaths", { kindLabel: "Reported figure", dateText: "25 June 2025", path: "/timeline?entry=gaza-deaths#gaza-deaths" }],
    ["proposals", "us-plan", { title: "US plan", kindLabel: "Proposal record", date: "2025-05-31", dateText: "May 2025", path: "/proposals/us-plan" }],
    ["actors", "qatar", { title: "Qatar", kindLabel: "Actor profile", path: "/actors/qatar" }],
    ["sources", "second-article", { title: "Second", kindLabel: "Source article", dateText: "26 June 2025", reportedBy: ["CNN, “Second”, 26 June 2025"], path: "/sources/second-article" }],
  ] as const)("cites %s/%s", (kind, id, expected) => {
    expect(citationFields(index, kind, id)).toMatchObject({ kind, id, siteName: "Ceasefire Tracker", ...expected });
  });

  it("names each source article once, in the order first cited, with its outlet where the text names one", () => {
    expect(citationFields(index, "events", "talks-ongoing")!.reportedBy).toEqual(["“Test article”, 25 June 2025", "CNN, “Second”, 26 June 2025"]);
  });

  it("gives an actor no date (it has none) and an uncorrected record no version", () => {
    const actor = citationFields(index, "actors", "qatar")!;
    expect(actor.date).toBeUndefined();
    expect(actor.version).toBeUndefined();
  });

  it("names a corrected record's version by its latest correction", () => {
    const corrected = buildIndex(withCorrections(buildDataset()));
    expect(citationFields(corrected, "events", "talks-ongoing")!.version).toBe("2026-11-03");
    expect(citationFields(corrected, "actors", "qatar")!.version).toBeUndefined();
  });

  it("finds nothing for an unknown id or an id of another kind", () => {
    expect(citationFields(index, "events", "nothing")).toBeUndefined();
    expect(citationFields(index, "statements", "talks-ongoing")).toBeUndefined();
    expect(citationFields(index, "figures", "hamas-no-proposals")).toBeUndefined();
  });
});
