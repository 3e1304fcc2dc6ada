import { describe, expect, it } from "vitest";
import { findNearRepeats } from "@/lib/ingest/near-duplicates";
import { splitParagraphs } from "@/lib/ingest/paragraphs";

const texts = (body: string) => splitParagraphs(body).map((p) => p.text);

describe("splitParagraphs", () => {
  it.each([
    ["one paragraph a line", "Headline here\nFirst paragraph.\nSecond paragraph.", ["Headline here", "First paragraph.", "Second paragraph."]],
    ["blank lines between paragraphs", "First paragraph.\n\n\nSecond paragraph.\n", ["First paragraph.", "Second paragraph."]],
    ["hard-wrapped lines joined", "The talks in Doha\ncontinued on Monday.\n\nNext one.", ["The talks in Doha\ncontinued on Monday.", "Next one."]],
    ["a headline is not joined to a lower-case line after a blank", "Talks resume\n\nofficials said so.", ["Talks resume", "officials said so."]],
  ])("%s", (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("gives offsets into the body", () => {
    const body = "  Indented line.\r\nNext.";
    for (const p of splitParagraphs(body)) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("findNearRepeats", () => {
  const paragraph = "Israeli Prime Minister Benjamin Netanyahu met the US president on Monday for talks on the hostages.";
  it.each([
    ["an exact repeat", [paragraph, "Other text here.", paragraph], [{ paragraph: 2, repeats: 0, similarity: 1 }]],
    ["a repeat with other white space and quote marks", ["He said “yes” to the plan for the hostages and the truce.", "He said \"yes\" to the  plan for the hostages and the truce."], [{ paragraph: 1, repeats: 0, similarity: 1 }]],
    ["a near repeat (one word changed)", [paragraph, paragraph.replace("Monday", "Tuesday")], [{ paragraph: 1, repeats: 0 }]],
    ["two different paragraphs", [paragraph, "Hamas said it had not received any new proposal from the mediators in Cairo."], []],
    ["short lines repeat only exactly", ["Read more", "Read more here"], []],
  ])("%s", (_name, list, expected) => {
    const body = list.join("\n");
    expect(findNearRepeats(splitParagraphs(body))).toMatchObject(expected);
  });
});
