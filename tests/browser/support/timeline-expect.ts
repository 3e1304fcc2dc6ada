// The timeline's expected results, computed from the served dataset with a plain scan written for the tests,
// so browser tests never hard-code counts.
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { buildIndex, type DatasetIndex } from "@/lib/queries/dataset-index";
import type { TimelineFilter } from "@/lib/queries/filter-timeline";
import { referenceFilter } from "../../support/reference-filter";
import { DatasetSchema } from "@/lib/schema/dataset";

export async function loadIndex(request: APIRequestContext): Promise<DatasetIndex> {
  const response = await request.get("/api/dataset");
  return buildIndex(DatasetSchema.parse(await response.json()));
}

/** Ids of the entries a filter should show, newest first (all fit on the first page at this data size). */
export function expectedIds(index: DatasetIndex, filter: TimelineFilter): string[] {
  return referenceFilter(index.timeline, filter, index.actors).map((entry) => entry.id);
}

/** Ids of the entry cards on the page, in page order. */
export async function shownIds(page: Page): Promise<string[]> {
  return page.locator(".timeline-results article.entry-card").evaluateAll((cards) => cards.map((card) => card.id));
}

/** An actor's checkbox in the filter form; its accessible name is "<name> (<n> entries)". */
export function actorCheckbox(page: Page, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByRole("form", { name: "Filter the timeline" }).getByRole("checkbox", { name: new RegExp(`^${escaped} \\(`) });
}

/** Resolves once the filter form has no navigation in flight. */
export async function settled(page: Page): Promise<void> {
  await page.locator('form[aria-label="Filter the timeline"][aria-busy="false"]').waitFor();
}

/** The "N of M entries match" / "N entries" line. */
export function countLine(page: Page): Locator {
  return page.locator("#timeline-count");
}
