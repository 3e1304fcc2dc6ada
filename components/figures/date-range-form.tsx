import { Link } from "@/components/site-link";
import type { DateRange } from "@/lib/params/date-range-params";
import { FIGURE_WINDOW_LABELS, FigureWindowSchema, type FigureWindow } from "@/lib/params/figure-window";
import { rangeQuery } from "@/lib/params/range-query";

export type DateRangeFormProps = {
  action: string;
  /** The dates drawn (a window's resolved dates included). */
  range: DateRange;
  /** The window chosen, `all` when the dates come from `from`/`to` or there are none. */
  window: FigureWindow;
  /** Years that hold figures, offered as one-click ranges. */
  years: readonly number[];
};

const quickLinkClass = "aria-[current]:font-semibold aria-[current]:text-ink";

/**
 * A plain GET form for `from`/`to`, the same parameters as the timeline, and one-click windows (`window`)
 * and years; works without JavaScript.
 */
export function DateRangeForm({ action, range, window, years }: DateRangeFormProps) {
  const hasDates = window === "all" && Boolean(range.from || range.to);
  return (
    <form action={action} method="get" className="figure-range-form no-print flex flex-wrap items-end gap-x-4 gap-y-3 rounded border border-rule bg-surface p-4">
      <label className="flex flex-col text-sm">
        <span className="font-medium text-ink">From</span>
        <input
          type="date"
          name="from"
          defaultValue={hasDates ? (range.from ?? "") : ""}
          className="mt-1 rounded border border-rule bg-bg px-2 py-1.5 text-ink"
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium text-ink">To</span>
        <input type="date" name="to" defaultValue={hasDates ? (range.to ?? "") : ""} className="mt-1 rounded border border-rule bg-bg px-2 py-1.5 text-ink" />
      </label>
      <button type="submit" className="rounded bg-ink px-4 py-2 text-sm font-medium text-bg hover:opacity-90">
        Show range
      </button>
      <nav aria-label="Quick date ranges" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {FigureWindowSchema.options.map((option) => {
          const isCurrent = option === "all" ? window === "all" && !hasDates : window === option;
          return (
            <Link key={option} href={option === "all" ? action : `${action}?window=${option}`} aria-current={isCurrent ? "true" : undefined} className={quickLinkClass}>
              {FIGURE_WINDOW_LABELS[option]}
            </Link>
          );
        })}
        {years.map((year) => {
          const yearRange = { from: `${year}-01-01`, to: `${year}-12-31` };
          const isCurrent = hasDates && range.from === yearRange.from && range.to === yearRange.to;
          return (
            <Link key={year} href={`${action}${rangeQuery(yearRange)}`} aria-current={isCurrent ? "true" : undefined} className={quickLinkClass}>
              {year}
            </Link>
          );
        })}
      </nav>
    </form>
  );
}
