import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/queries/dataset-index";
import { positionsData } from "@/lib/queries/positions-data";
import { principalActors, provisionPositions } from "@/lib/queries/provision-positions";
import type { Dataset } from "@/lib/schema/dataset";
import { buildDataset } from "../../support/dataset-builder";

type StatementRecord = Dataset["statements"][number];

/** The builder's dataset plus Israel, the United States, an unnamed source and statements with topics. */
function positionsDataset(): Dataset {
  const dataset = buildDataset();
  const source = [{ articleId: "test-article", quote: "Hamas said it had" }];
  const actor = (id: string, kind: Dataset["actors"][number]["kind"], role: Dataset["actors"][number]["role"], organisationId?: string) => ({
    id,
    name: id.toUpperCase(),
    shortName: id,
    kind,
    role,
    ...(organisationId ? { organisationId } : {}),
    description: "Test actor.",
    aliases: [],
    titles: [],
    inferred: [],
    sources: source,
  });
  dataset.actors.push(
    actor("israel", "state", "party"),
    actor("netanyahu", "person", "party", "israel"),
    actor("united-states", "state", "mediator"),
    actor("iran", "state", "other"),
    actor("officials", "unnamed-source", "party"),
  );
  const statement = (id: string, speakerId: string, actorId: string, date: string, topics: StatementRecord["topics"]): StatementRecord => ({
    id,
    date,
    precision: "day",
    speakerId,
    actorId,
    venue: "told AFP",
    text: `words of ${id}`,
    isDirectQuote: true,
    quoteKind: "direct",
    speakerKind: "named",
    speakerBasis: "stated",
    venueStated: true,
    inferred: [],
    summary: "A position.",
    proposalIds: [],
    topics,
    sources: source,
  });
  dataset.statements.push(
    statement("israel-late", "netanyahu", "israel", "2025-07-01", ["endOfWarGuarantee"]),
    statement("israel-early", "israel", "israel", "2025-03-01", ["endOfWarGuarantee", "otherDemands"]),
    statement("hamas-guarantee", "hamas-spokesman", "hamas", "2025-06-25", ["endOfWarGuarantee"]),
    statement("us-schedule", "united-states", "united-states", "2025-05-31", ["releaseSchedule"]),
    statement("officials-aid", "officials", "officials", "2025-07-09", ["humanitarianAid"]),
    statement("iran-guarantee", "iran", "iran", "2025-06-01", ["endOfWarGuarantee"]),
    statement("hamas-all-hostages", "hamas", "hamas", "2025-07-07", ["hostagesLiving", "hostagesDead"]),
  );
  return dataset;
}

describe("principalActors", () => {
  it("lists the parties, then the mediators, leaving out people, unnamed sources and other states", () => {
    expect(principalActors(positionsDataset().actors).map((a) => a.id)).toEqual(["hamas", "israel", "qatar", "united-states"]);
  });
});

describe("provisionPositions", () => {
  const dataset = positionsDataset();
  const result = provisionPositions(dataset.statements, dataset.actors, ["truceLength", "releaseSchedule", "humanitarianAid", "endOfWarGuarantee"]);

  it("keeps only provisions someone takes a position on, in the order asked", () => {
    expect(result.map((r) => r.key)).toEqual(["releaseSchedule", "humanitarianAid", "endOfWarGuarantee"]);
  });

  it("groups by the side spoken for (a spokesman under his organisation), oldest first, with empty groups kept", () => {
    const guarantee = result.find((r) => r.key === "endOfWarGuarantee")!;
    expect(guarantee.groups.map((g) => [g.actorId, g.statements.map((s) => s.id)])).toEqual([
      ["hamas", ["hamas-guarantee"]],
      ["israel", ["israel-early", "israel-late"]],
      ["qatar", []],
      ["united-states", []],
      [null, ["iran-guarantee"]],
    ]);
  });

  it("adds the other-sources group only when it has statements", () => {
    const schedule = result.find((r) => r.key === "releaseSchedule")!;
    expect(schedule.groups.map((g) => g.actorId)).toEqual(["hamas", "israel", "qatar", "united-states"]);
    const aid = result.find((r) => r.key === "humanitarianAid")!;
    expect(aid.groups.at(-1)).toMatchObject({ actorId: null, statements: [{ id: "officials-aid" }] });
  });
});

describe("positionsData", () => {
  it("puts the parties in their own columns and the mediators together, naming the silent ones", () => {
    const index = buildIndex(positionsDataset());
    const [schedule] = positionsData(index, ["releaseSchedule"]);
    expect(schedule?.keys).toEqual(["releaseSchedule"]);
    expect(schedule?.columns.map((c) => [c.id, c.statements.map((s) => s.id), c.silent])).toEqual([
      ["hamas", [], ["Hamas"]],
      ["israel", [], ["ISRAEL"]],
      ["mediators", ["us-schedule"], ["Qatar"]],
      ["other", [], []],
    ]);
    expect(schedule?.columns[2]?.statements[0]).toMatchObject({ sideName: "UNITED-STATES", href: "/timeline?entry=us-schedule#us-schedule", text: "words of us-schedule" });
  });
});

describe("positionsData merging", () => {
  const index = buildIndex(positionsDataset());

  it("shows provisions addressed by exactly the same statements once, under both names", () => {
    const views = positionsData(index, ["hostagesLiving", "hostagesDead", "releaseSchedule"]);
    expect(views.map((v) => [v.keys, v.label])).toEqual([
      [["hostagesLiving", "hostagesDead"], "Living hostages released and bodies of hostages returned"],
      [["releaseSchedule"], "Release schedule"],
    ]);
    expect(views[0]?.columns.find((c) => c.id === "hamas")?.statements.map((s) => s.id)).toEqual(["hamas-all-hostages"]);
  });

  it("keeps provisions apart when their statements differ", () => {
    const views = positionsData(index, ["endOfWarGuarantee", "otherDemands"]);
    expect(views.map((v) => v.keys)).toEqual([["endOfWarGuarantee"], ["otherDemands"]]);
  });
});
