import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexEntry } from "@/lib/cite/bibtex";
import { parseCitationPath } from "@/lib/cite/citation-download";
import type { CitationFields } from "@/lib/cite/citation-fields";
import { cslItems } from "@/lib/cite/csl-json";
import { plainCitation } from "@/lib/cite/format-citation";
import { CslDataSpec } from "../../support/feed-specs";

const ORIGIN = "https://tracker.example.org";

const event: CitationFields = {
  kind: "events",
  id: "talks-ongoing",
  siteName: "Ceasefire Tracker",
  kindLabel: "Event record",
  title: "Qatar says talks are ongoing",
  date: "2025-06-24",
  dateText: "24 June 2025",
  reportedBy: ["CNN, “Second”, 26 June 2025", "“Test article”, 25 June 2025"],
  path: "/events/talks-ongoing",
};
const actor: CitationFields = { kind: "actors", id: "qatar", siteName: "Ceasefire Tracker", kindLabel: "Actor profile", title: "Qatar", reportedBy: [], path: "/actors/qatar" };

describe("plainCitation", () => {
  it.each([
    [
      "an event, accessed today",
      event,
      "2026-11-29",
      "Ceasefire Tracker. (24 June 2025). Qatar says talks are ongoing [Event record]. As reported by CNN, “Second”, 26 June 2025; “Test article”, 25 June 2025. Original version. https://tracker.example.org/events/talks-ongoing Accessed 29 November 2026.",
    ],
    [
      "a corrected record, before the accessed date is known",
      { ...event, version: "2026-12-03" },
      undefined,
      "Ceasefire Tracker. (24 June 2025). Qatar says talks are ongoing [Event record]. As reported by CNN, “Second”, 26 June 2025; “Test article”, 25 June 2025. Version of 3 December 2026. https://tracker.example.org/events/talks-ongoing Accessed [date accessed].",
    ],
    ["an undated actor without sources", actor, "2026-11-29", "Ceasefire Tracker. (n.d.). Qatar [Actor profile]. Original version. https://tracker.example.org/actors/qatar Accessed 29 November 2026."],
  ])("cites %s", (_, fields, accessed, expected) => {
    expect(plainCitation(fields, { origin: ORIGIN, accessed })).toBe(expected);
  });
});

describe("bibtexEntry", () => {
  it("parses back, with LaTeX's special characters in the title kept as text", () => {
    const title = "50% & {braces} #1 under_score $5 back\\slash ~ ^";
    const library = parse(bibtexEntry({ ...event, title, version: "2026-12-03" }, { origin: ORIGIN, accessed: "2026-11-29" }));
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry).toMatchObject({ type: "misc", key: "ceasefire-tracker:events:talks-ongoing" });
    expect(entry!.fields).toMatchObject({
      title,
      date: "2025-06-24",
      urldate: "2026-11-29",
      url: "https://tracker.example.org/events/talks-ongoing",
      version: "2026-12-03",
    });
    expect(entry!.fields.note).toContain("As reported by CNN, “Second”, 26 June 2025");
  });

  it("leaves the date out for an undated record", () => {
    const [entry] = parse(bibtexEntry(actor, { origin: ORIGIN, accessed: "2026-11-29" })).entries;
    expect(entry!.fields.date).toBeUndefined();
    expect(entry!.fields.version).toBe("original");
  });
});

describe("cslItems", () => {
  it("meets the CSL data schema, dated by the record and the access", () => {
    const [item] = CslDataSpec.parse(cslItems(event, { origin: ORIGIN, accessed: "2026-11-29" }));
    expect(item).toMatchObject({ type: "webpage", title: event.title, URL: `${ORIGIN}/events/talks-ongoing`, issued: { "date-parts": [[2025, 6, 24]] }, accessed: { "date-parts": [[2026, 11, 29]] } });
  });
});

describe("parseCitationPath", () => {
  it.each([
    ["events", "talks-ongoing.bib", { kind: "events", id: "talks-ongoing", format: "bib" }],
    ["figures", "gaza-deaths.json", { kind: "figures", id: "gaza-deaths", format: "json" }],
    ["events", "talks-ongoing.txt", undefined],
    ["people", "qatar.bib", undefined],
    ["events", "../x.bib", undefined],
  ])("reads /cite/%s/%s", (kind, file, expected) => {
    expect(parseCitationPath(kind, file)).toEqual(expected);
  });
});
