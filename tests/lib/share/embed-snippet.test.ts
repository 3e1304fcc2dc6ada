import { describe, expect, it } from "vitest";
import { cardPath, entryCardPath } from "@/lib/share/card-path";
import { embedPathOf, embedSnippet } from "@/lib/share/embed-snippet";

describe("embedSnippet", () => {
  it("writes a full-width, titled iframe", () => {
    expect(embedSnippet({ src: "https://tracker.example.org/embed/timeline?actor=qatar&type=statement", title: "Ceasefire Tracker: timeline", height: 640 })).toBe(
      '<iframe src="https://tracker.example.org/embed/timeline?actor=qatar&amp;type=statement" title="Ceasefire Tracker: timeline" width="100%" height="640" style="border:1px solid #dedad2;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it("escapes a title so it cannot close the attribute or open a tag", () => {
    const snippet = embedSnippet({ src: "/embed/events/x", title: 'He said "no" <b>&</b>', height: 480 });
    expect(snippet).toContain('title="He said &quot;no&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
    expect(snippet.match(/</g)).toHaveLength(2); // <iframe and </iframe only
  });
});

describe("embed and card addresses", () => {
  it.each([
    ["/timeline?actor=qatar", "/embed/timeline?actor=qatar"],
    ["/events/2025-07-09-doha-talks-stalled", "/embed/events/2025-07-09-doha-talks-stalled"],
    ["/figures", "/embed/figures"],
  ])("%s is embedded at %s", (page, embed) => {
    expect(embedPathOf(page)).toBe(embed);
  });

  it("names each card by kind and id, entries by their kind", () => {
    expect(cardPath("events", "a b")).toBe("/cards/events/a%20b");
    expect(entryCardPath({ id: "x", kind: "statement" })).toBe("/cards/statements/x");
    expect(entryCardPath({ id: "y", kind: "figure" })).toBe("/cards/counts/y");
  });
});
