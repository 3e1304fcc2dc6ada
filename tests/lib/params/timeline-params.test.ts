import { describe, expect, it } from "vitest";
import type { SearchParams } from "@/lib/params/search-params";
import { MAX_QUERY_LENGTH, parseTimelineParams, type TimelineView } from "@/lib/params/timeline-params";
import { timelineQuery } from "@/lib/params/timeline-href";

const ACTORS = new Set(["qatar", "hamas", "hamas-spokesman"]);
const ENTRIES = new Set(["talks-ongoing", "hamas-no-proposals"]);
const context = { hasActor: (id: string) => ACTORS.has(id), hasEntry: (id: string) => ENTRIES.has(id) };
const parse = (params: SearchParams) => parseTimelineParams(params, context);

const DEFAULT: TimelineView = { actorIds: [], types: [], order: "newest" };

describe("parseTimelineParams", () => {
  it.each<[string, SearchParams, Partial<TimelineView>, string[]]>([
    // name, params, view fields beyond the defaults, params named in notices
    ["nothing", {}, {}, []],
    ["one actor", { actor: "qatar" }, { actorIds: ["qatar"] }, []],
    ["several actors, in order, once each", { actor: ["hamas", "qatar", "hamas"] }, { actorIds: ["hamas", "qatar"] }, []],
    ["actor ids in any case", { actor: "Qatar" }, { actorIds: ["qatar"] }, []],
    ["unknown actor dropped, known kept", { actor: ["qatar", "atlantis"] }, { actorIds: ["qatar"] }, ["actor"]],
    ["actor that is not even a slug", { actor: "<script>" }, {}, ["actor"]],
    ["types", { type: ["statement", "figure", "talks"] }, { types: ["statement", "figure", "talks"] }, []],
    ["unknown type", { type: ["statement", "tweet"] }, { types: ["statement"] }, ["type"]],
    ["date range", { from: "2025-06-01", to: "2025-07-31" }, { from: "2025-06-01", to: "2025-07-31" }, []],
    ["impossible date", { from: "2025-02-30" }, {}, ["from"]],
    ["malformed date", { to: "31/07/2025" }, {}, ["to"]],
    ["from after to is swapped", { from: "2025-07-31", to: "2025-06-01" }, { from: "2025-06-01", to: "2025-07-31" }, ["from"]],
    ["text, white space folded", { q: "  Hamas   delegation " }, { q: "Hamas delegation" }, []],
    ["blank text is no filter", { q: "   " }, {}, []],
    ["overlong text is cut", { q: "a".repeat(MAX_QUERY_LENGTH + 50) }, { q: "a".repeat(MAX_QUERY_LENGTH) }, ["q"]],
    ["text given twice: first used", { q: ["truce", "hostages"] }, { q: "truce" }, ["q"]],
    ["oldest first", { order: "oldest" }, { order: "oldest" }, []],
    ["newest first, spelled out", { order: "newest" }, {}, []],
    ["unknown order", { order: "random" }, {}, ["order"]],
    ["page", { p: "3" }, { page: 3 }, []],
    ["page spelled out", { page: "2" }, { page: 2 }, []],
    ["page zero", { p: "0" }, {}, ["p"]],
    ["negative page", { p: "-1" }, {}, ["p"]],
    ["page that is not a number", { p: "two" }, {}, ["p"]],
    ["fractional page", { p: "1.5" }, {}, ["p"]],
    ["entry", { entry: "talks-ongoing" }, { entry: "talks-ongoing" }, []],
    ["unknown entry", { entry: "no-such-thing" }, {}, ["entry"]],
    ["unknown parameter", { actors: "qatar" }, {}, ["actors"]],
    [
      "everything at once",
      { actor: ["qatar", "hamas"], from: "2025-06-01", to: "2025-07-31", type: "statement", q: "delegation" },
      { actorIds: ["qatar", "hamas"], from: "2025-06-01", to: "2025-07-31", types: ["statement"], q: "delegation" },
      [],
    ],
    [
      "every part bad at once still gives a view",
      { actor: "x", type: "y", from: "z", to: "2025-13-01", q: "b".repeat(999), order: "up", p: "last", entry: "nope" },
      { q: "b".repeat(MAX_QUERY_LENGTH) },
      ["actor", "type", "from", "to", "q", "order", "p", "entry"],
    ],
  ])("%s", (_name, params, expected, noticeParams) => {
    const { view, notices } = parse(params);
    expect(view).toEqual({ ...DEFAULT, ...expected });
    expect(notices.map((n) => n.param)).toEqual(noticeParams);
  });

  it("names the ignored values in one notice and suggests the right parameter", () => {
    const { notices } = parse({ actor: ["atlantis", "qatar", "narnia"], actors: "qatar" });
    expect(notices).toHaveLength(2);
    expect(notices[0]?.message).toContain("“atlantis”, “narnia”");
    expect(notices[1]?.message).toContain("did you mean “actor”");
  });

  it("keeps notices short when a value is huge", () => {
    const { notices } = parse({ order: "z".repeat(10_000), actor: "q".repeat(10_000) });
    for (const notice of notices) expect(notice.message.length).toBeLessThan(200);
  });

  it("caps how many actors a link can ask for", () => {
    const many = Array.from({ length: 500 }, (_, i) => `actor-${i}`);
    const { view, notices } = parse({ actor: [...many, "qatar"] });
    expect(view.actorIds).toEqual([]);
    expect(notices.map((n) => n.param)).toEqual(["actor", "actor"]);
    expect(notices[1]?.message).toContain("and 45 more");
  });

  it("reads back every link it builds", () => {
    const views: TimelineView[] = [
      DEFAULT,
      { ...DEFAULT, actorIds: ["qatar", "hamas"], types: ["statement", "figure"], from: "2025-06-01", to: "2025-07-31", q: "a & b = c?" },
      { ...DEFAULT, order: "oldest", page: 4 },
      { ...DEFAULT, entry: "talks-ongoing" },
    ];
    for (const view of views) {
      const query = new URLSearchParams(timelineQuery(view));
      const params: SearchParams = {};
      for (const key of new Set(query.keys())) params[key] = query.getAll(key);
      expect(parse(params)).toEqual({ view, notices: [] });
    }
  });
});
