import { describe, expect, it } from "vitest";
import { groupActors, type ActorTree } from "@/lib/queries/actor-groups";
import type { Actor } from "@/lib/schema/actor";
import { buildDataset } from "../../support/dataset-builder";

const template = buildDataset().actors[0]!;
const actor = (id: string, role: Actor["role"], organisationId?: string): Actor => ({
  ...template,
  id,
  name: id,
  role,
  ...(organisationId ? { organisationId } : {}),
});
const outline = (trees: ActorTree[]): unknown[] => trees.map((t) => (t.members.length ? [t.actor.id, outline(t.members)] : t.actor.id));

describe("groupActors", () => {
  it("groups top-level actors by role, nests people under their organisation, and skips empty groups", () => {
    const groups = groupActors([
      actor("israel", "party"),
      actor("qatar", "mediator"),
      actor("spokesman", "mediator", "qatar"),
      actor("idf", "party", "israel"),
      actor("idf-spokesman", "party", "idf"),
      actor("press-agency", "reporter"),
      actor("ministry", "other"),
      // A member is listed with its organisation whatever its own role.
      actor("envoy", "mediator", "israel"),
    ]);
    expect(groups.map((g) => [g.key, outline(g.actors)])).toEqual([
      ["parties", [["israel", [["idf", ["idf-spokesman"]], "envoy"]]]],
      ["mediators", [["qatar", ["spokesman"]]]],
      ["others", ["press-agency", "ministry"]],
    ]);
  });

  it("treats an actor whose organisation is unknown, or caught in a cycle, as top-level", () => {
    const groups = groupActors([actor("orphan", "party", "missing"), actor("a", "other", "b"), actor("b", "other", "a")]);
    expect(groups.map((g) => [g.key, outline(g.actors)])).toEqual([
      ["parties", ["orphan"]],
      ["others", [["a", ["b"]], ["b", ["a"]]]],
    ]);
  });
});
