import type { ActivityRelation } from "../schema/derived-kinds";

/** How an entry concerns an actor, as a short label on the actor page. */
export const ACTIVITY_RELATION_LABELS: Record<ActivityRelation, string> = {
  "took-part": "Involved",
  spoke: "Spoke",
  "spoken-for": "Spoken for",
  reported: "Reported the figure",
};

/** "Spoke · Spoken for, via Taher al-Nunu": relations, then the members through whom they apply. */
export function describeActivity(relations: readonly ActivityRelation[], viaNames: readonly string[]): string {
  const what = relations.map((relation) => ACTIVITY_RELATION_LABELS[relation]).join(" · ");
  return viaNames.length > 0 ? `${what}, via ${viaNames.join(", ")}` : what;
}
