import { expect, it } from "vitest";
import { actorFilterOptions, MAX_ACTOR_OPTIONS } from "@/lib/queries/actor-filter-options";
import { buildIndex } from "@/lib/queries/dataset-index";
import { rankByCount } from "@/lib/queries/timeline-facets";
import type { Actor } from "@/lib/schema/actor";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());
const facets = index.facets;
const counts = facets.actorCounts;

it("counts an organisation's entries with its people's, once per entry", () => {
  expect(Object.fromEntries(counts)).toEqual({ qatar: 1, hamas: 1, "hamas-spokesman": 1 });
});

it("groups parties and mediators, people under their organisation", () => {
  const { groups, omitted } = actorFilterOptions(index.actors, facets, []);
  expect(omitted).toBe(0);
  expect(groups.map((g) => [g.key, g.options.map((o) => [o.id, o.members.map((m) => m.id)])])).toEqual([
    ["parties", [["hamas", ["hamas-spokesman"]]]],
    ["mediators", [["qatar", []]]],
  ]);
  expect(groups[0]?.options[0]?.colour).toBe("var(--actor-hamas)");
});

it("leaves out actors without entries unless chosen", () => {
  const dataset = buildDataset();
  const idle: Actor = { ...dataset.actors[0]!, id: "iran", name: "Iran", role: "other" };
  const actors = new Map([...index.actors, ["iran", idle]]);
  expect(actorFilterOptions(actors, facets, []).groups.flatMap((g) => g.options.map((o) => o.id))).not.toContain("iran");
  const chosen = actorFilterOptions(actors, facets, ["iran"]);
  expect(chosen.groups.at(-1)).toMatchObject({ key: "others", options: [{ id: "iran", count: 0 }] });
});

it("lists only the busiest actors when there are very many, keeping the chosen ones", () => {
  const template = buildDataset().actors[0]!;
  const actors = new Map<string, Actor>();
  const many = new Map<string, number>();
  for (let i = 0; i < MAX_ACTOR_OPTIONS + 40; i++) {
    actors.set(`actor-${i}`, { ...template, id: `actor-${i}`, name: `Actor ${i}` });
    many.set(`actor-${i}`, 1000 - i);
  }
  const { groups, omitted } = actorFilterOptions(actors, { actorCounts: many, actorsByCount: rankByCount(actors, many) }, ["actor-99"]);
  const listed = groups.flatMap((g) => g.options.map((o) => o.id));
  expect(listed).toHaveLength(MAX_ACTOR_OPTIONS);
  expect(omitted).toBe(40);
  expect(listed).toContain("actor-99");
  expect(listed[0]).toBe("actor-0");
  expect(listed).not.toContain(`actor-${MAX_ACTOR_OPTIONS - 1}`);
});

it("ranks actors with entries by count, ties in the order of the actors, leaving out those without", () => {
  const actors = new Map([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
  expect(rankByCount(actors, new Map([["c", 2], ["a", 2], ["d", 5], ["b", 0]]))).toEqual(["d", "a", "c"]);
});
