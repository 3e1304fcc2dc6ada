import { expect, it } from "vitest";
import type { TimelineView } from "@/lib/params/timeline-params";
import { buildIndex } from "@/lib/queries/dataset-index";
import { timelineDescription, timelineTitle } from "@/lib/queries/describe-timeline-view";
import { buildDataset } from "../../support/dataset-builder";

const { actors } = buildIndex(buildDataset());
const view = (parts: Partial<TimelineView>): TimelineView => ({ actorIds: [], types: [], order: "newest", ...parts });

it.each<[Partial<TimelineView>, string]>([
  [{}, "Timeline"],
  [{ order: "oldest", page: 2 }, "Timeline"],
  [{ actorIds: ["qatar", "hamas"], from: "2025-06-01", to: "2025-07-31" }, "Timeline: Qatar, Hamas · Jun–Jul 2025"],
  [{ types: ["statement", "figure"] }, "Timeline: Statements, Reported figures"],
  [{ actorIds: ["hamas-spokesman"], q: "delegation", from: "2025-06-03" }, "Timeline: Spokesman · from 3 Jun 2025 · “delegation”"],
  [{ q: "x".repeat(100) }, `Timeline: “${"x".repeat(40)}…”`],
])("%o → %s", (parts, title) => {
  expect(timelineTitle(view(parts), actors)).toBe(title);
});

it("describes the matches in a sentence", () => {
  expect(timelineDescription(view({}), actors, { matched: 3, total: 3 })).toMatch(/^All 3 events, statements and reported figures/);
  expect(timelineDescription(view({ actorIds: ["qatar"], types: ["talks"], to: "2025-06-30" }), actors, { matched: 1, total: 3 })).toBe(
    "1 of 3 events, statements and reported figures in the Gaza ceasefire and hostage negotiations, involving Qatar, of type talks, dated until 30 Jun 2025; each traced to a verbatim quote from its source article.",
  );
});
