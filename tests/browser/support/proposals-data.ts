import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { orderProposals } from "@/lib/queries/proposal-order";
import { DatasetSchema, type Dataset } from "@/lib/schema/dataset";

/** The served dataset, parsed, with proposals oldest first (the comparison's column order). */
export async function loadProposals(request: APIRequestContext): Promise<{ dataset: Dataset; ordered: Dataset["proposals"] }> {
  const dataset = DatasetSchema.parse(await (await request.get("/api/dataset")).json());
  return { dataset, ordered: orderProposals(dataset.proposals) };
}

/** The comparison table; columns are read from its header cells' data attribute. */
export function comparisonTable(page: Page): Locator {
  return page.locator("table.ptable");
}

export async function columnIds(page: Page): Promise<string[]> {
  return comparisonTable(page)
    .locator("thead th[data-proposal]")
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-proposal") ?? ""));
}

export async function rowKeys(page: Page): Promise<string[]> {
  return comparisonTable(page)
    .locator("tbody tr[data-row]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row") ?? ""));
}

/** The cell of one provision row in the n-th proposal column (0-based). */
export function cell(page: Page, rowKey: string, column: number): Locator {
  return comparisonTable(page).locator(`tbody tr[data-row="${rowKey}"] td`).nth(column);
}
