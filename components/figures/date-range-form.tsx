import { Link } from "@/components/site-link";
import type { DateRange } from "@/lib/params/date-range-params";
import { rangeQuery } from "@/lib/params/range-query";

export type DateRangeFormProps = {
  action: string;
  range: DateRange;
  /** Years that hold figures, offered as one-click ranges. */
  years: readonly number[];
};

/** A plain GET form for `from`/`to`, the same parameters as the timeline; works without JavaScript. */
export function DateRangeForm({ action, range, years }: DateRangeFormProps) {
  const isAll = !range.from && !range.to;
  return (
    <form action={action} method="get" className="figure-range-form no-print flex flex-wrap items-end gap-x-4 gap-y-3 rounded border border-rule bg-surface p-4">
      <label className="flex flex-col text-sm">
        <span className="font-medium text-ink">From</span>
        <input
          type="date"
          name="from"
          defaultValue={range.from ?? ""}
          className="mt-1 rounded border border-rule bg-bg px-2 py-1.5 text-ink"
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-medium text-ink">To</span>
        <input type="date" name="to" defaultValue={range.to ?? ""} className="mt-1 rounded border border-rule bg-bg px-2 py-1.5 text-ink" />
      </label>
      <button type="submit" className="rounded bg-ink px-4 py-2 text-sm font-medium text-bg hover:opacity-90">
        Show range
      </button>
      <nav aria-label="Quick date ranges" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Link href={action} aria-current={isAll ? "true" : undefined} className="aria-[current]:font-semibold aria-[current]:text-ink">
          All dates
        </Link>
        {years.map((year) => {
          const yearRange = { from: `${year}-01-01`, to: `${year}-12-31` };
          const isCurrent = range.from === yearRange.from && range.to === yearRange.to;
          return (
            <Link
              key={year}
              href={`${action}${rangeQuery(yearRange)}`}
              aria-current={isCurrent ? "true" : undefined}
              className="aria-[current]:font-semibold aria-[current]:text-ink"
            >
              {year}
            </Link>
          );
        })}
      </nav>
    </form>
  );
}
