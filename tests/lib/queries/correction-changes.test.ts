import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { correctionChanges } from "@/lib/queries/correction-changes";
import { buildIndex } from "@/lib/queries/dataset-index";

// The real data: ids in a correction's before/after are shown by the names the data files give them.
const DATA = path.join(process.cwd(), "data");
const index = buildIndex(loadDataset(DATA));
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;
const corrections = read<{ id: string; field?: string; before?: string; after?: string }[]>("corrections.json");
const entry = (id: string) => corrections.find((c) => c.id === id)!;
const actorName = (id: string) => read<{ id: string; name: string }[]>("actors.json").find((a) => a.id === id)?.name;
const eventTitle = (id: string) => read<{ id: string; title: string }[]>("events.json").find((e) => e.id === id)?.title;
/** An article's title, from its front matter. */
function articleTitle(id: string): string | undefined {
  for (const file of readdirSync(path.join(DATA, "articles"))) {
    const text = readFileSync(path.join(DATA, "articles", file), "utf8");
    if (text.includes(`\nid: "${id}"`)) return JSON.parse(/\ntitle: (".*")\n/.exec(text)![1]!) as string;
  }
  return undefined;
}

describe("correctionChanges on the real corrections", () => {
  it("shows an actor id as the actor's name, linked to its page", () => {
    const c = entry("israeli-senior-security-source-organisationid");
    expect(correctionChanges(c, index)[0]).toMatchObject({ kind: "replaced", before: { kind: "leaf", leaf: { kind: "link", text: actorName(c.before!), href: `/actors/${c.before}` } } });
  });

  it("shows an event id as the event's title, linked", () => {
    const c = entry("gaza-deaths-over-57000-2025-07-09-eventid");
    expect(correctionChanges(c, index)[0]).toMatchObject({ before: { leaf: { kind: "link", text: eventTitle(c.before!), href: `/events/${c.before}` } } });
  });

  it("shows a removed actor of a list by name (or by id, linked to its notice, once a correction retired it)", () => {
    const c = entry("2025-06-netanyahu-progress-claim-disputed-actorids");
    const [before, after] = [JSON.parse(c.before!) as string[], JSON.parse(c.after!) as string[]];
    const removed = before.filter((id) => !after.includes(id));
    const change = correctionChanges(c, index)[0];
    expect(change?.kind).toBe("list");
    if (change?.kind !== "list") return;
    expect(change.removed.map((value) => (value.kind === "leaf" ? value.leaf : undefined))).toEqual(
      removed.map((id) => ({ kind: "link", text: actorName(id) ?? id, href: `/actors/${id}` })),
    );
  });

  it("shows a source as its quote with the article's title, linked to the article", () => {
    const c = entry("january-2025-phased-deal-sources");
    const before = JSON.parse(c.before!) as { articleId: string; quote: string }[];
    const added = (JSON.parse(c.after!) as { articleId: string; quote: string }[]).filter((s) => !before.some((b) => b.quote === s.quote));
    const change = correctionChanges(c, index)[0];
    if (change?.kind !== "list") throw new Error("a list change");
    expect(change.added).toEqual(
      added.map((s) => ({ kind: "leaf", leaf: { kind: "quote", quote: s.quote, articleTitle: articleTitle(s.articleId), href: expect.stringMatching(new RegExp(`^/sources/${s.articleId}(#|$)`)) } })),
    );
  });
});
