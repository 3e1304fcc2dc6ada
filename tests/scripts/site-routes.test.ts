import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HARDENING_ROUTES, resolveRoutes, routeAvailability, sampleIds, type ResolvedRoute } from "../../scripts/site-routes";
import { buildDataset, writeDataDir } from "../support/dataset-builder";

const route = (overrides: Partial<ResolvedRoute>): ResolvedRoute => ({
  id: "timeline",
  label: "Timeline",
  kind: "page",
  path: "/timeline",
  implemented: true,
  expectStatus: 200,
  ...overrides,
});

describe("hardening route list", () => {
  it("names every page type of issue 6 and the data download, once each", () => {
    const paths = resolveRoutes({ event: "e", actor: "a", source: "s", proposal: "p" }).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining(["/", "/timeline", "/events/e", "/actors", "/actors/a", "/sources", "/sources/s", "/proposals", "/proposals/p", "/figures", "/api/dataset", "/api/v1/entries", "/api/v1/events/e", "/api/v1/articles/s"]),
    );
    expect(new Set(HARDENING_ROUTES.map((r) => r.id)).size).toBe(HARDENING_ROUTES.length);
    expect(HARDENING_ROUTES.filter((r) => r.lighthouse).map((r) => r.id)).toEqual(["home", "timeline", "event", "proposals", "figures"]);
  });

  it("takes sample ids from the first records of the data folder", () => {
    const dir = writeDataDir(buildDataset());
    expect(sampleIds(dir)).toEqual({ event: "talks-ongoing", actor: "qatar", proposal: "us-plan", source: "test-article" });
    const realEvents = JSON.parse(readFileSync("data/events.json", "utf8")) as { id: string }[];
    expect(sampleIds().event).toBe(realEvents[0]?.id);
  });

  it.each<{ name: string; route: ResolvedRoute; status: number; run: boolean; note: RegExp | undefined }>([
    { name: "implemented and answering", route: route({}), status: 200, run: true, note: undefined },
    { name: "implemented but missing: checked, so the test fails", route: route({}), status: 404, run: true, note: undefined },
    { name: "not implemented and missing: skipped with a note", route: route({ implemented: false }), status: 404, run: false, note: /not implemented in this build yet/ },
    { name: "not implemented yet answering: checked, flag to flip", route: route({ implemented: false }), status: 200, run: true, note: /flip it to true/ },
    { name: "a 500 is never skipped", route: route({ implemented: false }), status: 500, run: true, note: /flip/ },
    { name: "the not-found page answers 404 by design", route: route({ id: "not-found", path: "/no-such-page", expectStatus: 404 }), status: 404, run: true, note: undefined },
  ])("$name", ({ route: r, status, run, note }) => {
    const availability = routeAvailability(r, status);
    expect(availability.run).toBe(run);
    if (note) expect(availability.note).toMatch(note);
    else expect(availability.note).toBeUndefined();
  });
});
