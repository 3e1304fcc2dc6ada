// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EntryCard } from "@/components/entry-card";
import { ProvisionValue } from "@/components/proposals/provision-value";
import { buildIndex } from "@/lib/queries/dataset-index";
import { entryData } from "@/lib/queries/entry-data";
import { buildDataset, withRicherModel } from "../support/dataset-builder";

afterEach(cleanup);

const index = buildIndex(withRicherModel(buildDataset()));

function renderCard(id: string): HTMLElement {
  const entry = index.timeline.find((e) => e.id === id)!;
  render(<EntryCard {...entryData(entry, index)} />);
  return screen.getByRole("article");
}

describe("EntryCard with the richer model", () => {
  it("marks an inferred date as our inference, with the reason, in words", () => {
    const card = renderCard("talks-resume");
    expect(within(card).getByText("Between 18 March and 25 June 2025").closest("time")?.getAttribute("datetime")).toBe("2025-03-18");
    const mark = card.querySelector('[data-inference="date"]')!;
    expect(mark.textContent).toBe("Our inferenceDate: The article says only that talks resumed after the truce collapsed.");
  });

  it("shows a described speaker in the article's words as an unnamed source, the inference, the linked outlet and a paraphrase without quotation marks", () => {
    const card = renderCard("described-inferred");
    expect(within(card).getByRole("heading").textContent).toBe("A senior security source");
    expect(within(card).getByText("unnamed source")).toBeTruthy();
    expect(card.querySelector('[data-inference="speakerId"]')?.textContent).toContain("The next paragraph names the same source.");
    expect(card.querySelector('[data-inference="eventId"]')?.textContent).toBe("Our inferenceLink to the event: Both passages describe the Doha round.");
    expect(within(card).getByRole("link", { name: "AFP" }).getAttribute("href")).toBe("/actors/afp");
    const words = card.querySelector("[data-quote-kind]")!;
    expect(words.textContent).toBe("Paraphrasetalks would continue");
    expect([...card.querySelectorAll("blockquote")].filter((quote) => !quote.closest(".source-quote"))).toEqual([]);
  });

  it("says the speaker and venue are not given rather than inventing them", () => {
    const card = renderCard("unidentified");
    expect(within(card).getByRole("heading").textContent).toBe("Speaker not identified in the article");
    expect(within(card).getByText("Venue not stated")).toBeTruthy();
    expect(card.textContent).not.toContain("not stated ·");
  });

  it("labels a paraphrase with quoted words, quoting those words, and keeps direct quotes in quotation marks", () => {
    expect(renderCard("partial").querySelector('[data-quote-kind="partial"]')?.textContent).toBe('Paraphrase with quoted words“talks were "ongoing"”');
    cleanup();
    const direct = renderCard("hamas-no-proposals");
    expect(direct.querySelector("[data-quote-kind]")).toBeNull();
    expect(within(direct).getByText("“not yet received any new proposals”")).toBeTruthy();
  });

  it("lists a figure's death status and breakdown under it, and our inference about the reporter", () => {
    const card = renderCard("hostages-dead-range");
    expect(card.querySelector("[data-figure-parts]")?.textContent).toBe("presumed dead · Breakdown: 8 troops, 25 civilians");
    expect(card.querySelector('[data-inference="reportedById"]')?.textContent).toContain("Who reported the figure:");
  });
});

describe("ProvisionValue", () => {
  it("puts the text's hedge before the value and the schedule under it", () => {
    render(<ProvisionValue value="33 hostages" hedge="reportedly" schedule={[{ stage: "Day 1", value: "3 hostages" }, { stage: "Day 7", value: "4 hostages" }]} />);
    expect(screen.getByText("reportedly").tagName).toBe("EM");
    expect(screen.getByText("reportedly").parentElement?.textContent).toBe("reportedly 33 hostages");
    expect(within(screen.getByRole("list", { name: "Schedule" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Day 1: 3 hostages",
      "Day 7: 4 hostages",
    ]);
  });
});
