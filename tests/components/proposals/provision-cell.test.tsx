// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ProvisionCell } from "@/components/proposals/provision-cell";
import type { ComparisonCell, CitationData } from "@/lib/queries/proposal-comparison";

afterEach(cleanup);

const citation: CitationData = {
  number: 3,
  articleId: "matzav-2025-06-25",
  quote: "That plan had included a 60-day pause in fighting",
  href: "/sources/matzav-2025-06-25#q-12345678",
  articleTitle: "US and Qatar say…",
  outlet: "Matzav.com",
  published: "2025-06-25",
};

function renderCell(cell: ComparisonCell, previousShortTitle?: string) {
  render(
    <table>
      <tbody>
        <tr>
          <ProvisionCell cell={cell} idPrefix="cite-test" previousShortTitle={previousShortTitle} />
        </tr>
      </tbody>
    </table>,
  );
  return screen.getByRole("cell");
}

describe("ProvisionCell", () => {
  it("shows a value with a numbered citation whose description is the verbatim quote and which links to the passage", () => {
    const cell = renderCell({ proposalId: "p", change: "first", provision: { state: "specified", value: "60-day pause", citations: [citation] } });
    expect(cell).toHaveProperty("textContent", expect.stringContaining("60-day pause"));
    const link = within(cell).getByRole("link");
    expect(link.getAttribute("href")).toBe(citation.href);
    expect(link.textContent).toContain("3");
    const describedBy = link.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    const tooltip = cell.querySelector(`#${describedBy}`);
    expect(tooltip?.getAttribute("role")).toBe("tooltip");
    expect(tooltip?.textContent).toContain(`“${citation.quote}”`);
    expect(tooltip?.textContent).toContain("Matzav.com");
  });

  it("words the two kinds of absence differently", () => {
    const unreported = renderCell({ proposalId: "p", change: "first" });
    expect(unreported.textContent).toBe("Not reported in the sources");
    expect(unreported.dataset.state).toBe("not-reported");
    cleanup();

    const left = renderCell({ proposalId: "p", change: "first", provision: { state: "not-included", value: "No guarantee", citations: [citation] } });
    expect(left.textContent).toContain("Not part of this proposal");
    expect(left.textContent).toContain("No guarantee");
    expect(left.textContent).not.toContain("Not reported");
    expect(left.dataset.state).toBe("not-included");
  });

  it.each([
    ["changed", "Changed"],
    ["newly-reported", "Newly reported"],
    ["no-longer-reported", "No longer reported"],
  ] as const)("marks a %s cell in words, naming the column compared with", (change, label) => {
    const cell = renderCell({ proposalId: "p", change, provision: { state: "specified", value: "x", citations: [] } }, "Witkoff plan");
    expect(cell.classList.contains("pcell--marked")).toBe(true);
    expect(cell.textContent).toContain(`${label} compared with Witkoff plan`);
  });

  it.each(["first", "same", "unreported"] as const)("does not mark a %s cell", (change) => {
    const cell = renderCell({ proposalId: "p", change, provision: { state: "specified", value: "x", citations: [] } });
    expect(cell.classList.contains("pcell--marked")).toBe(false);
    expect(cell.querySelector(".pcell-change")).toBeNull();
  });
});
