import { describe, expect, it, vi } from "vitest";
import { pointGettersAtBuilderData } from "../../support/builder-data-env";
import { buildDataset, writeDataDir } from "../../support/dataset-builder";

pointGettersAtBuilderData();

/** Props must reach the page as plain data: no Maps, class instances or functions, so JSON keeps them whole. */
function expectPlain(props: unknown): void {
  expect(JSON.parse(JSON.stringify(props))).toEqual(props);
}

describe("permalink page getters", () => {
  it.each([
    ["event", async () => (await import("@/lib/data/pages/event-page")).getEventPage, "talks-ongoing"],
    ["actor", async () => (await import("@/lib/data/pages/actor-page")).getActorPage, "hamas"],
    ["source", async () => (await import("@/lib/data/pages/source-page")).getSourcePage, "test-article"],
    ["proposal", async () => (await import("@/lib/data/pages/proposal-page")).getProposalPage, "us-plan"],
  ] as const)("%s: plain props for a known id, undefined for an unknown one", async (_, load, id) => {
    const get = (await load()) as (id: string) => unknown;
    expect(get("no-such-id")).toBeUndefined();
    const props = get(id);
    expect(props).toMatchObject({ id });
    expectPlain(props);
  });

  it("the actor page says what there is about an organisation and its people", async () => {
    const { getActorPage } = await import("@/lib/data/pages/actor-page");
    const hamas = getActorPage("hamas")!;
    expect(hamas.activitySummary).toBe("1 statement, oldest first, including those of Hamas’s people and bodies.");
    expect(hamas.members.map((m) => m.name)).toEqual(["Hamas spokesman"]);
    expect(hamas.years.map((y) => [y.year, y.items.map((i) => [i.entry.id, i.relationLabel])])).toEqual([
      ["2025", [["hamas-no-proposals", "Spoke · Spoken for, via Hamas spokesman"]]],
    ]);
    const spokesman = getActorPage("hamas-spokesman")!;
    expect(spokesman.organisation?.name).toBe("Hamas");
    expect(spokesman.colourNote).toBe("shared with Hamas");
    expect(spokesman.aliasesText).toBe("Taher Nounou");
  });

  it("the event page counts its passages and links the events around it", async () => {
    const { getEventPage } = await import("@/lib/data/pages/event-page");
    const event = getEventPage("talks-ongoing")!;
    expect(event.passagesLabel).toBe("1 passage");
    expect(event.proposals.map((p) => [p.title, p.statusText])).toEqual([["US plan", "proposed"]]);
    expect(event.previous).toBeUndefined();
    expect(event.next).toBeUndefined();
  });

  it("prerenders the builder's few records in full", async () => {
    const { getEventPageParams } = await import("@/lib/data/pages/event-page");
    expect(getEventPageParams()).toEqual([{ id: "talks-ongoing" }]);
  });
});

describe("index page getters", () => {
  it("home, actors and sources pages get plain props", async () => {
    const [{ getHomePage }, { getActorsPage }, { getSourcesPage }] = await Promise.all([
      import("@/lib/data/pages/home-page"),
      import("@/lib/data/pages/actors-page"),
      import("@/lib/data/pages/sources-page"),
    ]);
    const home = getHomePage();
    expectPlain(home);
    expect(home.latest.map((e) => e.href)).toEqual(["/timeline#hamas-no-proposals", "/events/talks-ongoing"]);
    expect(home.parties.map((p) => p.name)).toEqual(["Qatar", "Hamas"]);
    expect(home.allSources).toBeUndefined();

    const actors = getActorsPage();
    expectPlain(actors);
    const hamas = actors.groups.flatMap((g) => g.actors).find((a) => a.id === "hamas");
    expect(hamas?.members.map((m) => [m.name, m.description])).toEqual([["Hamas spokesman", "Person"]]);

    const sources = getSourcesPage();
    expectPlain(sources);
    expect(sources.articles.map((a) => [a.id, a.factCount, a.factWords])).toEqual([["test-article", 7, "facts cite it"]]);
  });
});

describe("actor lists stay bounded", () => {
  /** The builder's data with `count` more people under Hamas, in data order. */
  function withHamasPeople(count: number) {
    const dataset = buildDataset();
    const spokesman = dataset.actors.find((a) => a.id === "hamas-spokesman")!;
    for (let i = 0; i < count; i += 1) {
      dataset.actors.push({ ...spokesman, id: `hamas-person-${i}`, name: `Hamas person ${i}`, shortName: `Person ${i}`, aliases: [] });
    }
    vi.stubEnv("DATA_DIR", writeDataDir(dataset));
  }

  it("the actors page lists the first people under an organisation and counts the rest", async () => {
    withHamasPeople(30);
    const { getActorsPage, MEMBERS_LISTED } = await import("@/lib/data/pages/actors-page");
    const hamas = getActorsPage().groups.flatMap((g) => g.actors).find((a) => a.id === "hamas")!;
    expect(hamas.members).toHaveLength(MEMBERS_LISTED);
    expect(hamas.members[0]!.name).toBe("Hamas spokesman");
    expect(hamas.memberCount).toBe(31);
  });

  it("an actor page lists the first people and bodies and counts them all", async () => {
    withHamasPeople(60);
    const { getActorPage, MEMBERS_SHOWN } = await import("@/lib/data/pages/actor-page");
    const hamas = getActorPage("hamas")!;
    expect(hamas.members).toHaveLength(MEMBERS_SHOWN);
    expect(hamas.memberCount).toBe(61);
    expect(getActorPage("qatar")!.memberCount).toBe(0);
  });
});
