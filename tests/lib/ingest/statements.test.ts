import { describe, expect, it } from "vitest";
import { draftOf } from "@/tests/support/ingest-draft";

type Case = { name: string; text: string; quote: string; speaker: string; kind?: string; venue?: string; speakerKind?: string; basis?: string };

// Each case is a short news passage; `quote` is (the start of) the quotation the draft must hold, `speaker` its speaker.
const CASES: Case[] = [
  { name: "quote before an inverted speaker", text: "“We will not give up,” said Majed Al Ansari.", quote: "We will not give up", speaker: "majed-al-ansari", kind: "direct", venue: "not stated" },
  { name: "quote before speaker and verb", text: "“The talks are at a sensitive stage,” Ansari said.", quote: "The talks are at a sensitive stage", speaker: "majed-al-ansari", kind: "direct" },
  { name: "speaker before a colon", text: "Majed al-Ansari told Reuters: “Both sides have shown flexibility.”", quote: "Both sides have shown flexibility.", speaker: "majed-al-ansari", venue: "told Reuters" },
  { name: "speaker with an appositive", text: "Majed Al Ansari, a spokesman for the Qatari foreign ministry, told Reuters that the sides were “closer than ever”.", quote: "closer than ever", speaker: "majed-al-ansari", kind: "partial", venue: "told Reuters" },
  { name: "surname spelt with the particle", text: "“We remain hopeful,” Al Ansari told reporters in Doha.", quote: "We remain hopeful", speaker: "majed-al-ansari", venue: "told reporters in Doha" },
  { name: "according to a body", text: "According to Hamas, the proposal “does not meet the minimum demands of our people”.", quote: "does not meet the minimum demands of our people", speaker: "hamas", kind: "partial" },
  { name: "partial quote in single marks", text: "Hamas called the halt ‘cheap blackmail’ on Sunday.", quote: "cheap blackmail", speaker: "hamas", kind: "partial" },
  { name: "venue in a statement", text: "Hamas said in a statement that it had “responded positively” to the offer.", quote: "responded positively", speaker: "hamas", venue: "in a statement" },
  { name: "described source with its organisation", text: "“The delegation will arrive tomorrow,” a senior Egyptian official told Reuters.", quote: "The delegation will arrive tomorrow", speaker: "a-senior-egyptian-official", speakerKind: "described", venue: "told Reuters" },
  { name: "described source matching a known unnamed source", text: "“No team will travel yet,” an Israeli official said.", quote: "No team will travel yet", speaker: "israeli-official", speakerKind: "described" },
  { name: "according to a statement from a body", text: "Qatar urged both sides to accept, a statement said. “Seize this opportunity,” according to a statement from Qatar's Foreign Ministry.", quote: "Seize this opportunity", speaker: "qatar-foreign-ministry" },
  { name: "the cue of the clause holding the quotation, not the main clause's", text: "Although Ansari claimed that talks were making “significant progress,” an Israeli official told Reuters that none had been made.", quote: "significant progress", speaker: "majed-al-ansari" },
  { name: "“the ministry” after the ministry spoke", text: "Qatar's Foreign Ministry said talks were at a critical stage. “Both sides must show flexibility,” the ministry said.", quote: "Both sides must show flexibility", speaker: "qatar-foreign-ministry" },
  { name: "a body named with a demonym", text: "The Israeli military said: “Operations in the area will continue until further notice.”", quote: "Operations in the area will continue", speaker: "idf" },
];

describe("statements: quotations and their speakers", () => {
  it.each(CASES)("$name", ({ text, quote, speaker, kind, venue, speakerKind }) => {
    const draft = draftOf(text);
    const statement = draft.statements.find((s) => s.text.startsWith(quote));
    expect(statement, `no statement for “${quote}” in ${JSON.stringify(draft.statements.map((s) => s.text))}`).toBeDefined();
    const speakerId = statement!.speakerId;
    if (speaker.startsWith("a-")) {
      // A new unnamed source: proposed as an actor tied to the organisation the text names.
      const proposed = draft.actors.find((a) => a.id === speakerId);
      expect(proposed?.kind).toBe("unnamed-source");
      expect(proposed?.organisationId).toBe("egypt");
    } else expect(speakerId).toBe(speaker);
    if (kind) expect(statement!.quoteKind).toBe(kind);
    if (venue) expect(statement!.venue).toBe(venue);
    if (venue === "not stated") expect(statement!.venueStated).toBe(false);
    if (speakerKind) expect(statement!.speakerKind).toBe(speakerKind);
  });
});

describe("statements: resolving back to earlier speakers", () => {
  it("reads a quotation split by “he said” as the same speaker, both halves", () => {
    const draft = draftOf("“We are close,” Ansari said, “but not there yet.”");
    expect(draft.statements.map((s) => [s.text, s.speakerId])).toEqual([
      ["We are close", "majed-al-ansari"],
      ["but not there yet.", "majed-al-ansari"],
    ]);
    expect(draft.statements[1]!.quoteKind).toBe("direct");
  });

  it("resolves “he added” to the last named speaker, not to a body named in between", () => {
    const draft = draftOf("Majed Al Ansari said Qatar and Egypt were in contact with Hamas.\n“We are working day and night,” he added.");
    expect(draft.statements.find((s) => s.text.startsWith("We are working"))?.speakerId).toBe("majed-al-ansari");
  });

  it("resolves “the official” to the unnamed official described before", () => {
    const draft = draftOf("An Israeli official said the team would not travel.\n“Conditions are not right,” the official said.");
    const statement = draft.statements.find((s) => s.text.startsWith("Conditions"));
    expect(statement?.speakerId).toBe("israeli-official");
    expect(statement?.speakerKind).toBe("described");
  });

  it("gives a quotation standing alone after a quoted speaker to that speaker, marked as our inference", () => {
    const draft = draftOf("“We will keep trying,” said Ansari.\n“There is no alternative to talks.”");
    const statement = draft.statements.find((s) => s.text.startsWith("There is no alternative"));
    expect(statement?.speakerId).toBe("majed-al-ansari");
    expect(statement?.speakerBasis).toBe("inferred");
    expect(statement?.inferred.map((i) => i.field)).toContain("speakerId");
  });

  it("takes the name from an appositive after a role, and the body from an appositive after a name", () => {
    const draft = draftOf("Egypt's foreign minister, Badr Abdelatty, told reporters that a deal was “within reach”.\n“We will not give up,” said Osama Hamdan, a Hamas leader in Beirut.");
    const byName = new Map(draft.actors.map((a) => [a.name, a]));
    expect(byName.get("Badr Abdelatty")).toMatchObject({ kind: "person", organisationId: "egypt" });
    expect(byName.get("Osama Hamdan")).toMatchObject({ kind: "person", organisationId: "hamas" });
    expect(draft.statements.map((s) => s.speakerId)).toEqual([byName.get("Badr Abdelatty")!.id, byName.get("Osama Hamdan")!.id]);
  });

  it("proposes a new person once and finds them again by surname", () => {
    const draft = draftOf("Israeli Defence Minister Yoav Gallant said: “We will not stop.”\n“The pressure works,” Gallant added.");
    const people = draft.actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Yoav Gallant"]);
    expect(draft.statements.map((s) => s.speakerId)).toEqual([people[0]!.id, people[0]!.id]);
  });
});

describe("statements: quotation marks that are not quotes", () => {
  it.each([
    ["a name in quotation marks", "The operation, dubbed “Iron Wall”, began at dawn."],
    ["a title of a work", "The report, titled “Gaza After the War”, was published in May."],
    ["a one-word scare quote without a speaker", "Talks resumed in a “constructive” atmosphere."],
    ["a name after “dubbed the”", "The plan, dubbed the “Witkoff framework”, was floated in March."],
  ])("%s", (_name, text) => {
    expect(draftOf(text).statements.filter((s) => s.quoteKind !== "paraphrase")).toEqual([]);
  });
});

describe("statements: sentences and dates", () => {
  it("does not read the next sentence as the attribution of a quotation ending in a full stop", () => {
    const draft = draftOf("Majed Al Ansari said Qatar would press on “until the guns fall silent.” He added: “We are in contact with Hamas.”");
    expect(draft.statements.find((s) => s.text.startsWith("until the guns"))?.speakerId).toBe("majed-al-ansari");
  });

  it("reads “one of the sources” as the sources described before", () => {
    const draft = draftOf("Two Egyptian security sources said talks would resume on Sunday. According to one of the sources, the delegation “showed flexibility.”");
    const [first, second] = draft.statements;
    expect(second?.text).toBe("showed flexibility.");
    expect(second?.speakerId).toBe(first?.speakerId);
  });

  it("dates words by a date next to the saying, not by one in a relative clause or before a noun", () => {
    const draft = draftOf("Majed Al Ansari, who visited Cairo last month, said on Monday that the talks were “serious”. Ansari said the June 13 strike had “changed everything”.");
    expect(draft.statements.map((s) => [s.text, s.date, s.precision])).toEqual([
      ["serious", "2025-06-23", "day"],
      ["changed everything", "2025-06-25", "approximate"],
    ]);
  });

  it("drafts reported speech as a paraphrase, dated by the saying and not by a date inside it", () => {
    const draft = draftOf("Hamas said on Monday it would send a delegation to Cairo on Friday.");
    expect(draft.statements).toMatchObject([{ quoteKind: "paraphrase", speakerId: "hamas", text: "it would send a delegation to Cairo on Friday", date: "2025-06-23" }]);
  });

  it("gives a group named by common nouns its own words, and no venue from the sentence before", () => {
    const draft = draftOf("Ansari told Reuters on Sunday that Qatar would “not give up.” The families of the hostages called the remarks “a lifeline.”");
    const statement = draft.statements.find((s) => s.text.startsWith("a lifeline"));
    expect(statement).toMatchObject({ speakerKind: "described", speakerDescription: "The families of the hostages", venueStated: false });
  });

  it("leaves a headline out (the body reports the same words)", () => {
    expect(draftOf("Hamas says it will study the offer\nThe talks went on.").statements).toEqual([]);
  });
});
