import { describe, expect, it } from "vitest";
import { atomFeed } from "@/lib/feeds/atom-feed";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { actorFeed, correctionsFeed, proposalFeed, timelineFeed } from "@/lib/feeds/record-feeds";
import { buildIndex } from "@/lib/queries/dataset-index";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset, withCorrections, withHostileArticle } from "../../support/dataset-builder";
import { atomText, JsonFeedSpec, parseAtom } from "../../support/feed-specs";
import { referenceFilter } from "../../support/reference-filter";

const ORIGIN = "https://tracker.example.org";

/** The builder's dataset plus `count` more talks events, one a day from 1 January 2025, so a feed has more than a page. */
function withManyEvents(dataset: Dataset, count: number): Dataset {
  const copy = structuredClone(dataset);
  const template = copy.events[0]!;
  for (let n = 0; n < count; n += 1) {
    const date = new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
    copy.events.push({ ...template, id: `extra-${n}`, date, title: `Extra ${n}`, proposalIds: [] });
  }
  return copy;
}

const index = buildIndex(withManyEvents(buildDataset(), 150));
const small = buildIndex(buildDataset());

/** Each entry's permalink, as the feed's items name them. */
const pathsOf = (ids: readonly { id: string; kind: string }[]) => ids.map((e) => (e.kind === "event" ? `/events/${e.id}` : `/timeline?entry=${e.id}#${e.id}`));

describe("timelineFeed", () => {
  it("holds the first page of the view's matches, newest first (checked against a plain scan)", () => {
    const feed = timelineFeed(index, { type: "talks" });
    const expected = referenceFilter(index.timeline, { types: ["talks"] }, index.actors).slice(0, 100);
    expect(feed.entries.map((e) => e.path)).toEqual(pathsOf(expected));
    expect(feed.entries).toHaveLength(100);
    expect(feed.entries.map((e) => e.published)).toEqual([...feed.entries.map((e) => e.published)].sort().reverse());
  });

  it("takes the page parameter as the page does: p=2 holds the rest", () => {
    const expected = referenceFilter(index.timeline, { types: ["talks"] }, index.actors).slice(100);
    expect(timelineFeed(index, { type: "talks", p: "2" }).entries.map((e) => e.path)).toEqual(pathsOf(expected));
  });

  it("lists an oldest-first view's page newest first", () => {
    const oldestPage = referenceFilter(index.timeline, {}, index.actors).reverse().slice(0, 100);
    const feed = timelineFeed(index, { order: "oldest" });
    expect(feed.entries.map((e) => e.path)).toEqual(pathsOf(oldestPage.reverse()));
  });

  it("ignores what the page ignores, and says so in the subtitle's notices instead of failing", () => {
    const feed = timelineFeed(small, { actor: "nobody", from: "2025-02-30" });
    expect(feed.entries).toHaveLength(small.timeline.length);
    expect(feed.notices.join(" ")).toContain("“nobody”");
    expect(feed.notices.join(" ")).toContain("2025-02-30");
    expect(timelineFeed(small, { actor: "qatar" }).notices).toEqual([]);
  });

  it("addresses the page and the feed by the view's canonical query", () => {
    const feed = timelineFeed(small, { type: "Statement", actor: "QATAR" });
    expect(feed.pagePath).toBe("/timeline?actor=qatar&type=statement");
    expect(feed.query).toBe("actor=qatar&type=statement");
  });

  it("dates each entry by its record (no corrections yet) and the feed by its newest entry", () => {
    const feed = timelineFeed(small, {});
    expect(feed.entries.map((e) => [e.published, e.updated])).toEqual(small.timeline.map((e) => [e.date, e.date]));
    expect(feed.updated).toBe("2025-06-25");
  });

  it("keeps a corrected record's id and dates its update by its latest correction; the feed is as new as it", () => {
    const corrected = buildIndex(withCorrections(buildDataset()));
    const feed = timelineFeed(corrected, {});
    const event = feed.entries.find((e) => e.path === "/events/talks-ongoing")!;
    // withCorrections: an edit of the event on 3 November 2026 (and a merge into it on the 1st).
    expect(event).toMatchObject({ published: "2025-06-24", updated: "2026-11-03" });
    expect(feed.entries.map((e) => e.path)).toEqual(timelineFeed(small, {}).entries.map((e) => e.path));
    expect(feed.updated).toBe("2026-11-03");
  });

  it("gives a statement a headline with its words, and names each source article once", () => {
    const statement = timelineFeed(small, { type: "statement" }).entries[0]!;
    expect(statement.title).toBe("Hamas spokesman: “not yet received any new proposals”");
    expect(statement.sources).toEqual(["As reported by “Test article”, 25 June 2025"]);
    expect(statement.authors).toEqual(["Hamas spokesman", "Hamas"]);
  });
});

describe("actorFeed and proposalFeed", () => {
  it("list what names the actor (its people included) or the proposal, newest first; unknown ids have none", () => {
    expect(actorFeed(small, "hamas")!.entries.map((e) => e.path)).toEqual(["/timeline?entry=hamas-no-proposals#hamas-no-proposals"]);
    expect(proposalFeed(small, "us-plan")!.entries.map((e) => e.path)).toEqual(["/events/talks-ongoing"]);
    expect(actorFeed(small, "nobody")).toBeUndefined();
    expect(proposalFeed(small, "nothing")).toBeUndefined();
  });

  it("keep to one page's worth, the latest", () => {
    const feed = actorFeed(index, "qatar")!;
    expect(feed.entries).toHaveLength(100);
    expect(feed.subtitle).toMatch(/^The latest 100 of 1\d\d entries/);
  });
});

describe("correctionsFeed", () => {
  it("makes each correction an item at its /corrections anchor, dated the day it landed", () => {
    const feed = correctionsFeed(small, [
      { id: "fix-1", date: "2026-12-03", href: "/corrections#fix-1", record: { kindLabel: "event", label: "Talks", href: "/events/talks-ongoing" }, actionLabel: "Edited", field: "summary", categoryLabel: "Summary overreach", reason: "The article does not say so." },
    ]);
    expect(feed.entries).toEqual([expect.objectContaining({ path: "/corrections#fix-1", title: "Edited event: Talks", updated: "2026-12-03" })]);
    expect(feed.updated).toBe("2026-12-03");
    expect(correctionsFeed(small, []).entries).toEqual([]);
  });
});

describe("atomFeed", () => {
  it("writes valid Atom whose ids are the absolute permalinks", () => {
    const model = timelineFeed(small, { actor: "hamas" });
    const atom = parseAtom(atomFeed(model, ORIGIN));
    expect(atom.id).toBe(`${ORIGIN}/timeline?actor=hamas`);
    expect(atom.entry.map((e) => e.id)).toEqual(model.entries.map((e) => `${ORIGIN}${e.path}`));
    expect(atom.entry.map((e) => e.updated)).toEqual(model.entries.map((e) => `${e.updated}T00:00:00.000Z`));
    expect(atom.link).toContainEqual({ "@_rel": "self", "@_href": `${ORIGIN}/timeline/feed.atom?actor=hamas` });
  });

  it("is valid for an empty feed too", () => {
    expect(parseAtom(atomFeed(correctionsFeed(small, []), ORIGIN)).entry).toEqual([]);
  });

  it("carries markup in record text as text", () => {
    const hostile = buildIndex(withHostileArticle(buildDataset()));
    const atom = parseAtom(atomFeed(timelineFeed(hostile, {}), ORIGIN));
    const entry = atom.entry.find((e) => e.id.endsWith("/events/hostile-event"))!;
    // type="html": the title's HTML, once decoded, is the plain title.
    expect(atomText(entry.title)).toBe("Talks &lt;b&gt;resume&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(atomText(entry.content!)).not.toMatch(/<script|<img/);
  });
});

describe("jsonFeed", () => {
  it("meets JSON Feed 1.1, with the same ids as the Atom feed", () => {
    const model = timelineFeed(small, {});
    const json = JsonFeedSpec.parse(jsonFeed(model, ORIGIN));
    expect(json.items.map((item) => item.id)).toEqual(parseAtom(atomFeed(model, ORIGIN)).entry.map((e) => e.id));
    expect(json.feed_url).toBe(`${ORIGIN}/timeline/feed.json`);
  });

  it("puts the notices in the description", () => {
    expect(jsonFeed(timelineFeed(small, { type: "nonsense" }), ORIGIN).description).toContain("Note: Ignored type “nonsense”");
  });
});
