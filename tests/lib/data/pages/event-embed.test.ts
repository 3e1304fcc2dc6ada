import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildDataset, withCorrections, writeDataDir } from "../../../support/dataset-builder";

// The builder's data with its corrections: one event merged into the builder's own event.
beforeEach(() => {
  vi.doMock("server-only", () => ({}));
  vi.stubEnv("DATA_DIR", writeDataDir(withCorrections(buildDataset())));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("getEventEmbed", () => {
  it("gives an event in brief, its title marked as the embed and its page as canonical", { timeout: 20_000 }, async () => {
    const { getEventEmbed } = await import("@/lib/data/pages/event-embed");
    const { getEventPage } = await import("@/lib/data/pages/event-page");
    const embed = getEventEmbed("talks-ongoing");
    const page = getEventPage("talks-ongoing")!;
    expect(embed).toMatchObject({ kind: "event", id: "talks-ongoing", title: page.title, summary: page.summary, canonical: "/events/talks-ongoing" });
    expect(embed?.headTitle).toBe(`${page.title} (embed)`);
    if (embed?.kind !== "event") throw new Error("expected the event");
    expect(embed.sources).toEqual(page.view.sources.slice(0, 2));
    expect(embed.actors).toEqual(page.view.actors);
  });

  it("gives a merged event's correction, and nothing for an id the data never had", async () => {
    const { getEventEmbed } = await import("@/lib/data/pages/event-embed");
    expect(getEventEmbed("talks-ongoing-again")).toMatchObject({
      kind: "retired",
      id: "talks-ongoing-again",
      title: "Event merged into another",
      canonical: "/events/talks-ongoing-again",
    });
    expect(getEventEmbed("made-up")).toBeUndefined();
  });
});
