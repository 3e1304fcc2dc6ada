import { describe, expect, it } from "vitest";
import { describeActivity } from "@/lib/format/labels";
import type { ActivityRelation } from "@/lib/queries/actor-activity";

describe("describeActivity", () => {
  it.each<[ActivityRelation[], string[], string]>([
    [["took-part"], [], "Involved"],
    [["spoke", "spoken-for"], ["Taher al-Nunu"], "Spoke · Spoken for, via Taher al-Nunu"],
    [["reported"], ["IDF", "Mossad"], "Reported the figure, via IDF, Mossad"],
  ])("%o via %o → %s", (relations, via, expected) => {
    expect(describeActivity(relations, via)).toBe(expected);
  });
});
