import { z } from "zod";
import { echo, parseDateRange, type DateRange } from "./date-range-params";
import { firstValue, type ParamNotice, type SearchParams } from "./search-params";

/** `window` on /figures: all dates, or the last 12 months or 90 days of the data. */
export const FigureWindowSchema = z.enum(["all", "12m", "90d"]);
export type FigureWindow = z.infer<typeof FigureWindowSchema>;

export const FIGURE_WINDOW_LABELS: Record<FigureWindow, string> = {
  all: "All dates",
  "12m": "Last 12 months",
  "90d": "Last 90 days",
};

/** What /figures shows: the window asked for and the dates it stands for, or a `from`/`to` range. */
export type FigureView = {
  window: FigureWindow;
  /** The dates drawn: `from`/`to` as given, or the window resolved against the latest figure. */
  range: DateRange;
  notices: ParamNotice[];
};

const DAY_MS = 86_400_000;

/**
 * The first day of a window ending on `latest` (both days included). Windows count back from the latest
 * day a figure describes, not from today: the data changes only with a deploy, so a cached page and its
 * tests would otherwise drift day by day.
 */
export function windowStart(window: Exclude<FigureWindow, "all">, latest: string): string {
  const end = Date.parse(`${latest}T00:00:00Z`);
  if (window === "90d") return new Date(end - 89 * DAY_MS).toISOString().slice(0, 10);
  const date = new Date(end);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return new Date(date.getTime() + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Parses `window` beside `from`/`to`. An unknown window is ignored with a notice; a window given with
 * dates gives way to the dates (they are the more precise request), also with a notice. Values are read
 * case-insensitively; the canonical spelling is lower case (see lib/data/figures-route.ts).
 */
export function parseFigureView(params: SearchParams, latest: string | undefined): FigureView {
  const { range, notices } = parseDateRange(params);
  const raw = firstValue(params, "window")?.trim();
  const parsed = raw ? FigureWindowSchema.safeParse(raw.toLowerCase()) : undefined;
  if (raw && !parsed?.success) {
    notices.push({ param: "window", message: `Ignored “window=${echo(raw)}”: use all, 12m or 90d.` });
  }
  const window = parsed?.success ? parsed.data : "all";
  if (window === "all") return { window, range, notices };
  if (range.from || range.to) {
    notices.push({ param: "window", message: `Ignored “window=${window}”: the dates given (from, to) were used instead.` });
    return { window: "all", range, notices };
  }
  return { window, range: latest ? { from: windowStart(window, latest), to: latest } : {}, notices };
}

/** The canonical query of a view: `from`/`to` or `window`, never both, defaults left out. */
export function figureViewQuery(view: Pick<FigureView, "window" | "range">): string {
  const params = new URLSearchParams();
  if (view.window !== "all") params.set("window", view.window);
  else {
    if (view.range.from) params.set("from", view.range.from);
    if (view.range.to) params.set("to", view.range.to);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
