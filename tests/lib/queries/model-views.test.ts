import { describe, expect, it } from "vitest";
import { figureChartsData } from "@/lib/charts/figure-charts";
import { actorTitles, titlePeriod } from "@/lib/queries/actor-titles";
import { buildIndex } from "@/lib/queries/dataset-index";
import { entryData } from "@/lib/queries/entry-data";
import { FIGURE_CSV_COLUMNS, figureCsvRows } from "@/lib/queries/figure-csv";
import { buildFigurePoints } from "@/lib/queries/figure-series";
import { inferenceFor, inferenceNotes } from "@/lib/queries/inference-notes";
import { buildComparison } from "@/lib/queries/proposal-comparison";
import { proposalDetail } from "@/lib/queries/proposal-detail";
import { speakerLabel } from "@/lib/queries/statement-view";
import { buildDataset, withRicherModel } from "../../support/dataset-builder";

const dataset = withRicherModel(buildDataset());
const index = buildIndex(dataset);
const view = (id: string) => entryData(index.timeline.find((entry) => entry.id === id)!, index);

describe("inference notes", () => {
  const inferred = [
    { field: "date", reason: "From 'Wednesday'." },
    { field: "proposalIds[0]", reason: "Same terms." },
    { field: "customField", reason: "Why." },
  ];

  it("finds the inference about a field, an indexed field counting as the field", () => {
    expect(inferenceFor(inferred, "proposalIds")).toEqual({ field: "proposalIds[0]", label: "Link to the proposal", reason: "Same terms." });
    expect(inferenceFor(inferred, "speakerId")).toBeUndefined();
  });

  it("lists the others with reader-facing labels, a field without one by its own name", () => {
    expect(inferenceNotes(inferred, ["date"]).map((note) => note.label)).toEqual(["Link to the proposal", "customField"]);
  });
});

describe("entry details", () => {
  it("dates a range by both ends, marks the inferred date beside it and gives the earliest day as dateTime", () => {
    const { details } = view("talks-resume");
    expect(details.dateText).toBe("Between 18 March and 25 June 2025");
    expect(details.dateTime).toBe("2025-03-18");
    expect(details.dateInference).toEqual({ field: "date", label: "Date", reason: "The article says only that talks resumed after the truce collapsed." });
    expect(details.otherInferences).toEqual([]);
  });

  it("shows a described speaker in the article's words as an unnamed source, with our inference and the outlet linked", () => {
    const { details, entry } = view("described-inferred");
    expect(entry.title).toBe("A senior security source");
    expect(details.statement?.speaker).toEqual({
      label: "A senior security source",
      context: "unnamed source",
      inference: { field: "speakerId", label: "Speaker", reason: "The next paragraph names the same source." },
    });
    expect(details.statement?.venue).toEqual({ isStated: true, parts: [{ text: "told " }, { text: "AFP", href: "/actors/afp" }] });
    expect(details.otherInferences.map((note) => note.label)).toEqual(["Link to the event"]);
    expect(details.statement?.quoteLabel).toBe("Paraphrase");
  });

  it("says when the article names no speaker and no venue, guessing neither", () => {
    const { details, entry } = view("unidentified");
    expect(entry.title).toBe("Speaker not identified in the article");
    expect(details.statement?.speaker).toEqual({ label: "Speaker not identified in the article" });
    expect(details.statement?.venue).toEqual({ isStated: false, parts: [{ text: "Venue not stated" }] });
  });

  it("labels a paraphrase with quoted words, and a direct quote not at all", () => {
    expect(view("partial").details.statement).toMatchObject({ quoteKind: "partial", quoteLabel: "Paraphrase with quoted words" });
    expect(view("hamas-no-proposals").details.statement).toMatchObject({ quoteKind: "direct" });
    expect(view("hamas-no-proposals").details.statement?.quoteLabel).toBeUndefined();
  });

  it("names an outlet the venue does not spell out after the venue", () => {
    const withOutlet = { ...dataset, statements: dataset.statements.map((s) => (s.id === "partial" ? { ...s, outletId: "afp" } : s)) };
    const other = buildIndex(withOutlet);
    const details = entryData(other.timeline.find((entry) => entry.id === "partial")!, other).details;
    expect(details.statement?.venue.parts).toEqual([{ text: "a statement, " }, { text: "Agence France-Presse", href: "/actors/afp" }]);
  });

  it("gives a figure's bounds, breakdown and death status, and the reporter inference", () => {
    const { details, entry } = view("hostages-dead-range");
    expect(entry.title).toMatch(/dead: 30 to 35$/);
    expect(details.figure).toEqual({ valueText: "30 to 35", breakdownText: "8 troops, 25 civilians", deathStatusText: "presumed dead" });
    expect(details.otherInferences.map((note) => note.label)).toEqual(["Who reported the figure"]);
  });
});

describe("speakerLabel", () => {
  it("uses a named speaker's actor name, and the id when the actor is unknown", () => {
    expect(speakerLabel({ speakerKind: "named", speakerId: "x" }, { name: "Majed al-Ansari" })).toBe("Majed al-Ansari");
    expect(speakerLabel({ speakerKind: "named", speakerId: "x" }, undefined)).toBe("x");
  });
});

describe("proposals in the richer model", () => {
  it("shows a schedule and a hedge with the value, in the comparison and on the page", () => {
    const comparison = buildComparison(index, { proposalIds: ["truce-deal"], isAllProposals: false, hiddenRows: [] });
    const row = comparison.rows.find((r) => r.key === "hostagesTotal")!;
    expect(row.label).toBe("Hostages released (total)");
    expect(row.cells[0]?.provision).toMatchObject({
      value: "33 hostages",
      hedge: "reportedly",
      schedule: [
        { stage: "Day 1", value: "3 hostages" },
        { stage: "Day 7", value: "4 hostages" },
      ],
    });
    const detail = proposalDetail("truce-deal", index)!;
    expect(detail.provisions.find((p) => p.key === "hostagesTotal")?.provision).toMatchObject({ hedge: "reportedly", schedule: [{ stage: "Day 1" }, { stage: "Day 7" }] });
  });

  it("labels an agreement and lists no proposer; a stalled change is dated by its own range with its sources", () => {
    const detail = proposalDetail("truce-deal", index)!;
    expect(detail.kindLabel).toBe("Agreement");
    expect(detail.proposers).toEqual([]);
    expect(detail.status).toMatchObject({ status: "stalled", label: "Stalled", dateText: "Between 2 and 18 March 2025", dateTime: "2025-03-02" });
    expect(detail.status.sources?.map((s) => s.quote)).toEqual(["Hamas said it had"]);
    expect(detail.history[0]).toMatchObject({ status: "accepted", dateText: "15 January 2025" });
    expect(detail.history[0]?.sources).toBeUndefined();
    expect(buildComparison(index, { proposalIds: ["truce-deal", "us-plan"], isAllProposals: false, hiddenRows: [] }).columns.map((c) => c.kindLabel)).toEqual([
      "Agreement",
      undefined,
    ]);
  });

  it("keeps a change without its own dating dated like its proposal", () => {
    expect(proposalDetail("us-plan", index)!.status.dateText).toBe("May 2025");
    expect(proposalDetail("us-plan", index)!.status.dateTime).toBe("2025-05");
  });
});

describe("actor titles", () => {
  it.each([
    [{ from: "2024-01-01", to: "2025-03-01" }, "from 1 January 2024 to 1 March 2025"],
    [{ from: "2024-01-01" }, "from 1 January 2024"],
    [{ to: "2025-03-01" }, "until 1 March 2025"],
    [{}, "as of 25 or 26 June 2025"],
  ])("%o → %s", (title, expected) => {
    expect(titlePeriod(title, "25 or 26 June 2025")).toBe(expected);
  });

  it("dates an undated title by its article and keeps each title's passage", () => {
    const spokesman = index.actors.get("hamas-spokesman")!;
    expect(actorTitles(spokesman.titles, index).map(({ title, periodText, sources }) => [title, periodText, sources.map((s) => s.articleId)])).toEqual([
      ["Hamas spokesman", "from 1 January 2024 to 1 March 2025", ["test-article"]],
      ["Senior Hamas official", "as of 25 June 2025", ["test-article"]],
    ]);
  });
});

describe("figures CSV, new columns", () => {
  it("adds bounds, breakdown, death status, date range and inferences at the end, the old columns in place", () => {
    expect(FIGURE_CSV_COLUMNS.slice(0, 3)).toEqual(["id", "metric", "metric_label"]);
    expect(FIGURE_CSV_COLUMNS.slice(-7)).toEqual(["low", "high", "breakdown", "death_status", "date_earliest", "date_latest", "inferred"]);
    const [header, ...rows] = figureCsvRows(buildFigurePoints(index), "");
    const row = rows.find((r) => r[0] === "hostages-dead-range")!;
    const cell = (name: string) => row[header!.indexOf(name)];
    expect([cell("value_text"), cell("low"), cell("high"), cell("breakdown"), cell("death_status")]).toEqual(["30 to 35", "30", "35", "8 troops, 25 civilians", "presumed dead"]);
    expect(cell("inferred")).toBe("reportedById: The article credits 'the mediators'.");
    expect(rows.find((r) => r[0] === "gaza-deaths")?.slice(-7)).toEqual(["", "", "", "", "", "", ""]);
  });
});

describe("figure charts for the new metrics", () => {
  it("add a chart only when the data holds such figures, plotting a range at its value", () => {
    const ids = (data: typeof dataset) => figureChartsData(buildIndex(data), {}).charts.map((chart) => chart.id);
    expect(ids(dataset)).toEqual(["hostages", "deaths"]);
    const released = { ...dataset.counts[0]!, id: "released-20-24", metric: "hostages-released" as const, value: 22, low: 20, high: 24, qualifier: "range" as const };
    const withReleases = { ...dataset, counts: [...dataset.counts, released] };
    expect(ids(withReleases)).toEqual(["hostages", "deaths", "releases"]);
    const chart = figureChartsData(buildIndex(withReleases), {}).charts.find((c) => c.id === "releases")!;
    expect(chart.points.map((p) => [p.valueText, p.shortValueText, p.value])).toEqual([["20 to 24", "20–24", 22]]);
    // Drawn in its own panel, with the range as a band behind the marker.
    const panel = chart.panels.find((p) => p.metrics.includes("hostages-released"))!;
    expect(panel.marks.map((m) => m.point.id)).toEqual(["released-20-24"]);
    expect(panel.bands).toHaveLength(1);
  });
});
