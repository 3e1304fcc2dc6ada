import { describe, expect, it } from "vitest";
import { pointGettersAtBuilderData } from "../../../support/builder-data-env";

pointGettersAtBuilderData();

describe("getTimelineEmbed", () => {
  // The first test imports the getters and loads the data: allow for a busy machine.
  it("lists the entries the timeline shows for the same parameters, and links the same view", { timeout: 20_000 }, async () => {
    const { getTimelineEmbed } = await import("@/lib/data/pages/timeline-embed");
    const { getTimelinePage } = await import("@/lib/data/pages/timeline-page");
    const params = { actor: "hamas", order: "oldest" };
    const embed = getTimelineEmbed(params);
    const page = getTimelinePage(params);
    expect(embed.entries.map((card) => card.entry.id)).toEqual(page.groups.flatMap((group) => group.entries.map((card) => card.entry.id)));
    expect(embed.matched).toBe(page.matched);
    expect(embed.title).toBe("Timeline: Hamas");
    expect(embed.fullHref).toBe("/timeline?actor=hamas&order=oldest");
  });

  it("keeps the notices of values it could not use", async () => {
    const { getTimelineEmbed } = await import("@/lib/data/pages/timeline-embed");
    const embed = getTimelineEmbed({ actor: "atlantis" });
    expect(embed.notices.map((notice) => notice.param)).toContain("actor");
    expect(embed.fullHref).toBe("/timeline");
  });

  it("links an entry's view to the entry on the full timeline", async () => {
    const { getTimelineEmbed } = await import("@/lib/data/pages/timeline-embed");
    expect(getTimelineEmbed({ entry: "gaza-deaths" }).fullHref).toBe("/timeline?entry=gaza-deaths#gaza-deaths");
  });
});

describe("getFiguresEmbed", () => {
  it("gives the latest report of each figure in the range, and notices for a bad date", async () => {
    const { figuresEmbedHref, getFiguresEmbed } = await import("@/lib/data/pages/embed-pages");
    const all = getFiguresEmbed({});
    expect(all.sections.flatMap((section) => section.latest.map((point) => point.id))).toEqual(["gaza-deaths"]);
    expect(all.fullHref).toBe("/figures");
    const bad = getFiguresEmbed({ from: "2025-02-31" });
    expect(bad.notices.map((notice) => notice.param)).toContain("from");
    // The metadata's link, worked out without the charts, is the embed's own.
    for (const params of [{}, { window: "12m" }, { from: "2024-01-01", to: "2025-02-31" }]) expect(figuresEmbedHref(params)).toBe(getFiguresEmbed(params).fullHref);
  });
});

describe("share cards in page metadata", () => {
  it("gives a statement's permalink (the timeline at the entry) that statement's card, and the timeline its own", async () => {
    const { getTimelineMetadata } = await import("@/lib/data/pages/timeline-page");
    expect(getTimelineMetadata({ entry: "hamas-no-proposals" }).image).toBe("/cards/statements/hamas-no-proposals");
    expect(getTimelineMetadata({ entry: "talks-ongoing" }).image).toBe("/cards/events/talks-ongoing");
    expect(getTimelineMetadata({ actor: "qatar" }).image).toBe("/cards/pages/timeline");
  });
});
