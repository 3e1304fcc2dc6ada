import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { listNames, OUTLET_NOT_NAMED, shareCard } from "@/lib/share/share-card";
import { ACTOR_PALETTE } from "@/lib/theme/actor-palette";
import { buildDataset } from "../../support/dataset-builder";

const dataset = buildDataset();
const index = buildIndex(dataset);

/** The builder's dataset with a second, later article from a named outlet citing the event too. */
function withSecondReport() {
  const copy = structuredClone(dataset);
  const first = copy.articles[0]!;
  copy.articles.push({ ...first, id: "later-article", outlet: "Matzav.com", published: "2025-06-27" });
  copy.events[0]!.sources.push({ articleId: "later-article", quote: copy.events[0]!.sources[0]!.quote });
  return buildIndex(copy);
}

describe("shareCard", () => {
  it("draws an event with its date, the as-of date of its source, its actors and the actor's colour", () => {
    expect(shareCard("events", "talks-ongoing", index)).toEqual({
      kicker: "Event · Talks",
      title: "Qatar says talks are ongoing",
      date: "24 June 2025",
      asOf: "as reported on 25 June 2025",
      outlets: OUTLET_NOT_NAMED,
      attribution: "Qatar",
      accent: ACTOR_PALETTE.qatar.light,
    });
  });

  it("takes the as-of date from the newest report and names every outlet that is named", () => {
    const card = shareCard("events", "talks-ongoing", withSecondReport());
    expect(card?.asOf).toBe("as reported on 27 June 2025");
    expect(card?.outlets).toBe("Matzav.com");
  });

  it("quotes a statement's words only when they are a direct quote, attributed to the speaker for the actor", () => {
    const card = shareCard("statements", "hamas-no-proposals", index);
    expect(card).toMatchObject({ kicker: "Statement", title: "“not yet received any new proposals”", attribution: "Hamas spokesman for Hamas, told AFP" });
    expect(card?.accent).toBe(ACTOR_PALETTE.hamas.light);

    const paraphrased = structuredClone(dataset);
    paraphrased.statements[0]!.isDirectQuote = false;
    expect(shareCard("statements", "hamas-no-proposals", buildIndex(paraphrased))?.title).toBe("Hamas said it had received no new proposals.");
  });

  it("attributes an unattributed figure as its source words it", () => {
    expect(shareCard("counts", "gaza-deaths", index)).toMatchObject({ kicker: "Figure", attribution: "the health ministry", date: "25 June 2025" });
  });

  it("draws actors, proposals, sources and the list pages", () => {
    expect(shareCard("actors", "hamas-spokesman", index)).toMatchObject({ title: "Hamas spokesman", attribution: "Hamas", accent: ACTOR_PALETTE.hamas.light });
    expect(shareCard("proposals", "us-plan", index)).toMatchObject({ kicker: "Proposal · Proposed", title: "US plan", date: "May 2025", attribution: "Proposed by Qatar" });
    expect(shareCard("sources", "test-article", index)).toMatchObject({ kicker: "Source article", date: "Published 25 June 2025 (date inferred)", outlets: OUTLET_NOT_NAMED });
    expect(shareCard("pages", "timeline", index)).toMatchObject({ title: "Events, statements and figures", detail: "3 entries from 1 source article", asOf: "as reported up to 25 June 2025" });
    expect(shareCard("pages", "proposals", index)?.detail).toBe("1 proposal");
  });

  it.each([
    ["events", "no-such-event"],
    ["statements", "talks-ongoing"], // an event's id under another kind
    ["events", "hamas-no-proposals"],
    ["pages", "home"],
    ["nonsense", "talks-ongoing"],
    ["actors", "nobody"],
  ])("has no card for %s/%s", (kind, id) => {
    expect(shareCard(kind, id, index)).toBeUndefined();
  });
});

describe("listNames", () => {
  it.each([
    [["Israel"], "Israel"],
    [["Israel", "Hamas", "Qatar"], "Israel, Hamas and Qatar"],
    [["Israel", "Hamas", "Qatar", "Egypt", "United States"], "Israel, Hamas, Qatar and 2 more"],
  ])("%j → %s", (names, expected) => {
    expect(listNames(names)).toBe(expected);
  });
});
