import { describe, expect, it } from "vitest";
import type { SearchParams } from "@/lib/params/search-params";
import { buildIndex } from "@/lib/queries/dataset-index";
import { timelinePageModel } from "@/lib/queries/timeline-page-model";
import { buildDataset } from "../../support/dataset-builder";

const index = buildIndex(buildDataset());
const model = (params: SearchParams, pageSize?: number) => timelinePageModel(index, params, pageSize);
const shown = (params: SearchParams, pageSize?: number) => model(params, pageSize).slice.items.map((e) => e.id);

describe("timelinePageModel", () => {
  it.each<[string, SearchParams, number | undefined, string[]]>([
    ["everything, newest first", {}, undefined, ["gaza-deaths", "hamas-no-proposals", "talks-ongoing"]],
    ["oldest first", { order: "oldest" }, undefined, ["talks-ongoing", "hamas-no-proposals", "gaza-deaths"]],
    ["filtered by an organisation, reaching its spokesman", { actor: "hamas" }, undefined, ["hamas-no-proposals"]],
    ["second page", { p: "2" }, 2, ["talks-ongoing"]],
    ["the page holding an entry", { entry: "talks-ongoing" }, 2, ["talks-ongoing"]],
    ["the page holding an entry, oldest first", { entry: "talks-ongoing", order: "oldest" }, 2, ["talks-ongoing", "hamas-no-proposals"]],
    ["bad parameters fall back to everything", { actor: "nobody", from: "2025-02-30", p: "x" }, undefined, ["gaza-deaths", "hamas-no-proposals", "talks-ongoing"]],
  ])("%s", (_name, params, pageSize, expected) => {
    expect(shown(params, pageSize)).toEqual(expected);
  });

  it("tells the reader when the page asked for does not exist", () => {
    const result = model({ p: "7" }, 2);
    expect(result.slice.page).toBe(2);
    expect(result.notices).toEqual([{ param: "p", message: "There is no page 7: the last is page 2, shown here." }]);
  });

  it("groups by month and marks a month carried over from the previous page", () => {
    expect(model({}).groups.map((g) => [g.label, g.entries.length])).toEqual([["June 2025", 3]]);
    expect(model({ p: "2" }, 2).continuesMonth).toBe(true);
    expect(model({}, 2).continuesMonth).toBe(false);
  });

  it("points out a linked entry that the filter excludes", () => {
    const result = model({ entry: "talks-ongoing", type: "statement" });
    expect(result.entryOutsideFilter?.id).toBe("talks-ongoing");
    expect(result.slice.items.map((e) => e.id)).toEqual(["hamas-no-proposals"]);
    expect(model({ entry: "talks-ongoing" }).entryOutsideFilter).toBeUndefined();
  });

  it("counts matches against the whole timeline", () => {
    const result = model({ type: ["statement", "figure"] });
    expect([result.matches.length, result.total]).toEqual([2, 3]);
  });
});
