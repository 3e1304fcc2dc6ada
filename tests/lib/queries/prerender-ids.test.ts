import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { newestActorIds, newestArticleIds, newestEventIds, newestProposalIds } from "@/lib/queries/prerender-ids";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, buildProposal } from "../../support/dataset-builder";

function dataset(): Dataset {
  const base = buildDataset();
  const event = base.events[0]!;
  const article = base.articles[0]!;
  return {
    ...base,
    articles: [...base.articles, { ...article, id: "older-article", published: "2025-01-01" }, { ...article, id: "newer-article", published: "2025-07-01" }],
    events: [...base.events, { ...event, id: "old-event", date: "2024-01-01" }, { ...event, id: "new-event", date: "2025-07-01", actorIds: ["hamas"] }],
    proposals: [buildProposal("later-plan", "2025-06-30"), ...base.proposals, buildProposal("early-plan", "2025-01-01")],
  };
}

describe("which permalink pages are prerendered", () => {
  const index = buildIndex(dataset());

  it.each<[string, (limit: number) => string[], string[]]>([
    ["events, newest first", (limit) => newestEventIds(index, limit), ["new-event", "talks-ongoing", "old-event"]],
    ["articles, newest published first", (limit) => newestArticleIds(index, limit), ["newer-article", "test-article", "older-article"]],
    ["proposals, latest first", (limit) => newestProposalIds(index, limit), ["later-plan", "us-plan", "early-plan"]],
    // Hamas is named by the newest event and its spokesman's statement; Qatar by older events; an actor no
    // entry names comes last.
    ["actors, most recently active first", (limit) => newestActorIds(index, limit), ["hamas", "hamas-spokesman", "qatar"]],
  ])("%s, at most the limit", (_, newest, expected) => {
    expect(newest(10)).toEqual(expected);
    expect(newest(2)).toEqual(expected.slice(0, 2));
    expect(newest(0)).toEqual([]);
  });
});
