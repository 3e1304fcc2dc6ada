import { describe, expect, it } from "vitest";
import { matchDescribedActor, matchNamedActor } from "@/lib/ingest/actor-matching";
import { buildActor } from "@/tests/support/dataset-builder";

const ACTORS = [
  buildActor("qatar", "Qatar", "state"),
  buildActor("hamas", "Hamas", "armed-group"),
  buildActor("majed-al-ansari", "Majed Al Ansari", "person", { organisationId: "qatar" }),
  buildActor("taher-al-nunu", "Taher al-Nunu", "person", { organisationId: "hamas", aliases: ["Taher Nounou"] }),
  buildActor("yahya-sinwar", "Yahya Sinwar", "person"),
  buildActor("muhammad-sinwar", "Muhammad Sinwar", "person"),
  buildActor("israeli-officials", "Israeli officials (unnamed)", "unnamed-source"),
  buildActor("israeli-official", "Unnamed Israeli official", "unnamed-source"),
  buildActor("security-source", "Senior Israeli security source", "unnamed-source"),
];

describe("matchNamedActor", () => {
  it.each([
    ["Ansari", "majed-al-ansari"],
    ["al-Ansari", "majed-al-ansari"],
    ["Al Ansari", "majed-al-ansari"],
    ["Majed al-Ansari", "majed-al-ansari"],
    ["Qatari foreign ministry spokesman Majed Al Ansari", "majed-al-ansari"],
    ["Hamas spokesman Taher al-Nunu", "taher-al-nunu"],
    ["Taher Nounou", "taher-al-nunu"],
    ["Nounou", "taher-al-nunu"],
    ["Mediator Qatar", "qatar"],
    ["Yahya Sinwar", "yahya-sinwar"],
  ])("%s → %s", (phrase, id) => {
    expect(matchNamedActor(phrase, ACTORS)?.actor.id).toBe(id);
  });

  it("matches no one on a surname two people share", () => {
    expect(matchNamedActor("Sinwar", ACTORS)).toBeUndefined();
  });

  it("with atEnd, matches only the phrase's head", () => {
    expect(matchNamedActor("Qatar envoy Mohammed Khulaifi", ACTORS, { atEnd: true })).toBeUndefined();
    expect(matchNamedActor("Qatar envoy Mohammed Khulaifi", ACTORS)?.actor.id).toBe("qatar");
  });
});

describe("matchDescribedActor", () => {
  it.each([
    ["an Israeli official", "israeli-official"],
    ["Israeli officials", "israeli-officials"],
    ["a senior security source", "security-source"],
    ["a senior Israeli security source", "security-source"],
  ])("%s → %s", (description, id) => {
    expect(matchDescribedActor(description, ACTORS)?.actor.id).toBe(id);
  });

  it("leaves a description that fits no known source for a proposal", () => {
    expect(matchDescribedActor("two Egyptian security sources", ACTORS)).toBeUndefined();
  });
});
