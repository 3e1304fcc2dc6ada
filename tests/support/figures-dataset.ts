// Bends the one synthetic dataset (dataset-builder.ts) into a set of figures with the cases the
// figure charts must handle: conflicting same-day reports, attributed and unattributed figures,
// a second publication, and events of key and non-key types.
import type { Count } from "@/lib/schema/count";
import type { Dataset } from "@/lib/schema/dataset";
import type { Event } from "@/lib/schema/event";
import { buildDataset } from "./dataset-builder";

const SOURCE = [{ articleId: "test-article", quote: "reported over 57,000 deaths" }];

export function count(overrides: Partial<Count> & Pick<Count, "id" | "metric" | "value" | "date">): Count {
  return { precision: "day", qualifier: "exact", attribution: "Not attributed in the article", inferred: [], sources: SOURCE, ...overrides };
}

export function event(overrides: Partial<Event> & Pick<Event, "id" | "type" | "date">): Event {
  return {
    precision: "day",
    title: `Event ${overrides.id}`,
    summary: "Something happened.",
    actorIds: ["qatar"],
    proposalIds: [],
    inferred: [],
    sources: [{ articleId: "test-article", quote: "Mediator Qatar said Tuesday" }],
    ...overrides,
  };
}

export function buildFiguresDataset(counts?: Count[], events?: Event[]): Dataset {
  const base = buildDataset();
  const firstArticle = base.articles[0]!;
  return {
    ...base,
    articles: [...base.articles, { ...firstArticle, id: "second-article", title: "Second article", outlet: "Example Times", published: "2025-07-01" }],
    actors: [
      ...base.actors,
      { id: "israel", name: "Israel", shortName: "Israel", kind: "state", role: "party", description: "Party.", aliases: [], titles: [], inferred: [], sources: SOURCE },
      {
        id: "idf",
        name: "Israel Defense Forces",
        shortName: "IDF",
        kind: "government-body",
        role: "party",
        organisationId: "israel",
        description: "Army.",
        aliases: [],
        titles: [],
        inferred: [],
        sources: SOURCE,
      },
    ],
    counts: counts ?? [
      count({ id: "taken-251", metric: "hostages-taken", value: 251, date: "2023-10-07", sources: [{ articleId: "test-article", quote: "took 251" }, { articleId: "second-article", quote: "taking 251" }] }),
      count({ id: "taken-over-250", metric: "hostages-taken", value: 250, qualifier: "over", date: "2023-10-07", sources: [{ articleId: "second-article", quote: "over 250" }] }),
      count({ id: "held-130-israel", metric: "hostages-held", value: 130, qualifier: "approximately", date: "2024-03-26", reportedById: "israel", attribution: "Israel claims" }),
      count({ id: "dead-33-israel", metric: "hostages-dead", value: 33, date: "2024-03-26", reportedById: "israel", attribution: "Israel claims" }),
      count({ id: "held-50-unattributed", metric: "hostages-held", value: 50, date: "2025-06-25" }),
      count({ id: "alive-20-idf", metric: "hostages-alive", value: 20, date: "2025-06-25", reportedById: "idf", attribution: "According to the IDF" }),
      count({ id: "deaths-gaza-32414", metric: "deaths-gaza", value: 32414, date: "2024-03-26", reportedById: "israel", attribution: "per Israel" }),
      count({ id: "deaths-gaza-57000", metric: "deaths-gaza", value: 57000, qualifier: "over", date: "2025-07-07", reportedById: "israel", attribution: "per Israel" }),
      count({ id: "oct7-1200-a", metric: "deaths-israel-oct7", value: 1200, qualifier: "approximately", date: "2023-10-07" }),
      count({ id: "oct7-1200-b", metric: "deaths-israel-oct7", value: 1200, qualifier: "approximately", date: "2023-10-07", sources: [{ articleId: "second-article", quote: "approximately 1,200" }] }),
    ],
    events: events ?? [
      event({ id: "attack", type: "attack", date: "2023-10-07" }),
      event({ id: "offensive", type: "military", date: "2023-10-31", precision: "month" }),
      event({ id: "talks-round", type: "talks", date: "2024-03-26" }),
      event({ id: "truce", type: "ceasefire", date: "2025-01-31", precision: "month" }),
      event({ id: "deal-collapses", type: "collapse", date: "2025-03-02" }),
      event({ id: "after-last-figure", type: "military", date: "2025-08-01" }),
    ],
  };
}
