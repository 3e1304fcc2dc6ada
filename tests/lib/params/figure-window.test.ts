import { describe, expect, it } from "vitest";
import { figureViewQuery, parseFigureView, windowStart } from "@/lib/params/figure-window";

describe("windowStart", () => {
  it.each<[string, "12m" | "90d", string, string]>([
    // The first day of a window that ends on (and includes) the latest day.
    ["12 months back, the same day a year earlier plus one", "12m", "2025-07-09", "2024-07-10"],
    ["12 months back from a leap day", "12m", "2024-02-29", "2023-03-02"],
    ["90 days, counting both ends", "90d", "2025-07-09", "2025-04-11"],
    ["90 days across a year end", "90d", "2025-01-15", "2024-10-18"],
  ])("%s", (_name, window, latest, start) => {
    expect(windowStart(window, latest)).toBe(start);
    // Checked independently: the window holds exactly the days it says.
    const days = (Date.parse(latest) - Date.parse(start)) / 86_400_000 + 1;
    if (window === "90d") expect(days).toBe(90);
    else expect(days).toBeGreaterThanOrEqual(365);
  });
});

describe("parseFigureView", () => {
  const latest = "2025-07-09";

  it.each([
    ["no parameters: all dates", {}, { window: "all", range: {} }, []],
    ["a window resolves to its dates", { window: "90d" }, { window: "90d", range: { from: "2025-04-11", to: latest } }, []],
    ["a window in capitals", { window: "12M" }, { window: "12m", range: { from: "2024-07-10", to: latest } }, []],
    ["an unknown window is ignored", { window: "7d" }, { window: "all", range: {} }, ["window"]],
    ["dates win over a window", { window: "12m", from: "2025-01-01" }, { window: "all", range: { from: "2025-01-01" } }, ["window"]],
  ])("%s", (_name, params, expected, noticeParams) => {
    const view = parseFigureView(params, latest);
    expect({ window: view.window, range: view.range }).toEqual(expected);
    expect(view.notices.map((n) => n.param)).toEqual(noticeParams);
  });

  it("says what it ignored, echoing the value", () => {
    expect(parseFigureView({ window: "forever" }, latest).notices[0]?.message).toContain("window=forever");
  });

  it("has no dates for a window when there are no figures", () => {
    expect(parseFigureView({ window: "90d" }, undefined).range).toEqual({});
  });
});

describe("figureViewQuery", () => {
  it.each([
    [{ window: "all" as const, range: {} }, ""],
    [{ window: "all" as const, range: { from: "2025-01-01", to: "2025-02-01" } }, "?from=2025-01-01&to=2025-02-01"],
    // A window keeps its name in the address, not the dates it stands for today.
    [{ window: "12m" as const, range: { from: "2024-07-10", to: "2025-07-09" } }, "?window=12m"],
  ])("%j → %s", (view, query) => {
    expect(figureViewQuery(view)).toBe(query);
  });
});
