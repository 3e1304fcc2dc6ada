import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { event } from "../support/figures-dataset";
import { buildDataset, withArticleBody, writeDataDir } from "../support/dataset-builder";

// An actor page is built ahead of time and cannot page; past a limit it lists the latest entries and
// sends the reader to the timeline, filtered to the actor, for the rest.

/**
 * The builder's dataset plus `extra` talks events naming Qatar, one a day from 1 January 2025, each
 * quoting its own sentence, added to the article (one passage may back only one fact).
 */
function withQatarEvents(extra: number) {
  const base = buildDataset();
  const sentence = (i: number) => `Round ${i} of talks was held.`;
  const body = `${base.articles[0]!.body}${Array.from({ length: extra }, (_, i) => sentence(i)).join(" ")}\n`;
  const dataset = withArticleBody(base, body);
  for (let i = 0; i < extra; i += 1) {
    const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const sources = [{ articleId: dataset.articles[0]!.id, quote: sentence(i) }];
    dataset.events.push(event({ id: `qatar-talks-${i}`, type: "talks", date, title: `Talks round ${i}`, sources }));
  }
  return dataset;
}

async function renderActorPage(dataset: ReturnType<typeof buildDataset>, id: string): Promise<string> {
  vi.doMock("server-only", () => ({}));
  vi.stubEnv("DATA_DIR", writeDataDir(dataset));
  const { default: ActorPage } = await import("@/app/actors/[id]/page");
  return renderToStaticMarkup(await ActorPage({ params: Promise.resolve({ id }) }));
}

const listedIds = (html: string) => [...html.matchAll(/<li data-kind="[^"]+" data-date="[^"]+"><article id="([^"]+)"/g)].map((m) => m[1]);

describe("an actor page with more entries than it lists", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("lists the latest 100, oldest first, counts them all and links to the timeline for the rest", async () => {
    const html = await renderActorPage(withQatarEvents(150), "qatar");
    const ids = listedIds(html);
    expect(ids).toHaveLength(100);
    expect(ids).toContain("qatar-talks-149");
    expect(ids).not.toContain("qatar-talks-49");
    expect(ids.indexOf("qatar-talks-50")).toBeLessThan(ids.indexOf("qatar-talks-149"));
    expect(html).toMatch(/The latest 100 are listed here;/);
    expect(html).toMatch(/<a href="\/timeline\?actor=qatar">all \d+ are on the timeline<\/a>/);
  });

  it("lists everything, with no such note, when there are few", async () => {
    const html = await renderActorPage(withQatarEvents(3), "qatar");
    expect(listedIds(html)).toContain("qatar-talks-0");
    expect(html).not.toContain("are listed here");
  });
});
