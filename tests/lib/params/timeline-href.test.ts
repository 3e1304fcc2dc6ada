import { expect, it } from "vitest";
import { entryPermalink, filterOnly, hasActiveFilter, timelineHref, type TimelineLink } from "@/lib/params/timeline-href";
import type { TimelineView } from "@/lib/params/timeline-params";

it.each<[TimelineLink, string | undefined, string]>([
  [{}, undefined, "/timeline"],
  [{ order: "newest", page: 1, actorIds: [], types: [] }, undefined, "/timeline"],
  [{ actorIds: ["qatar", "hamas"], types: ["statement"] }, undefined, "/timeline?actor=qatar&actor=hamas&type=statement"],
  [{ from: "2025-06-01", to: "2025-07-31", q: "Hamas delegation" }, undefined, "/timeline?q=Hamas+delegation&from=2025-06-01&to=2025-07-31"],
  [{ order: "oldest", page: 2 }, undefined, "/timeline?order=oldest&p=2"],
  [{ page: 3, entry: "x" }, "x", "/timeline?entry=x#x"],
  [{ q: "a&b#c" }, undefined, "/timeline?q=a%26b%23c"],
])("%o → %s", (view, hash, href) => {
  expect(timelineHref(view, hash)).toBe(href);
});

it("builds lasting permalinks", () => {
  expect(entryPermalink("2025-03-02-deal-collapses")).toBe("/timeline?entry=2025-03-02-deal-collapses#2025-03-02-deal-collapses");
});

it("keeps filters and order but not page or entry", () => {
  const view: TimelineView = { actorIds: ["qatar"], types: [], q: "truce", order: "oldest", page: 3, entry: "x" };
  expect(filterOnly(view)).toEqual({ actorIds: ["qatar"], types: [], q: "truce", order: "oldest" });
  expect(hasActiveFilter(view)).toBe(true);
  expect(hasActiveFilter({ actorIds: [], types: [], order: "oldest", page: 2 })).toBe(false);
});
