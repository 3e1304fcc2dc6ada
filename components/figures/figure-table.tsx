import { Link } from "@/components/site-link";
import { formatShortDate } from "@/lib/format/format-date";
import type { FigurePoint } from "@/lib/queries/figure-point";
import { FigureParts } from "../figure-parts";
import { InferenceMark } from "../inference-mark";
import { MarkerSwatch } from "./figure-marker";

export type FigureTableProps = {
  /** Used for ids and the caption. */
  id: string;
  caption: string;
  points: readonly FigurePoint[];
};

/**
 * The chart's points as a table: what readers without JavaScript, screen readers and print see.
 * Explicit table roles keep the semantics when narrow screens restyle rows as stacked cards.
 */
export function FigureTable({ id, caption, points }: FigureTableProps) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-table-caption`}
      tabIndex={0}
      className="figure-table-scroll overflow-x-auto rounded border border-rule bg-surface"
    >
      <table id={`${id}-table`} role="table" className="figure-table w-full border-collapse text-left text-sm sm:min-w-[46rem]">
        <caption id={`${id}-table-caption`} className="px-3 pt-3 pb-2 text-left text-muted">
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row" className="border-y border-rule bg-surface-2 text-ink">
            <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">As of</th>
            <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">Figure</th>
            <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">Reported by</th>
            <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">Source</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {points.map((point) => {
            const dateInference = point.inferences?.find((note) => note.field === "date");
            const otherInferences = point.inferences?.filter((note) => note.field !== "date") ?? [];
            return (
            <tr key={point.id} role="row" id={`figure-${point.id}`} data-point-id={point.id} className="border-b border-rule align-top last:border-b-0">
              <td role="cell" data-label="As of" className="whitespace-nowrap px-3 py-3">
                <time dateTime={point.dateTime ?? point.date}>{point.dateText}</time>
                {dateInference ? (
                  <span className="mt-1 block whitespace-normal">
                    <InferenceMark note={dateInference} />
                  </span>
                ) : null}
              </td>
              <th role="rowheader" scope="row" className="px-3 py-3 font-normal">
                <span className="flex items-start gap-2">
                  <MarkerSwatch shape={point.shape} colour={point.colour} isHollow={!point.isAttributed} size={14} />
                  <span>
                    <span className="block font-serif text-base font-bold text-ink">{point.valueText}</span>
                    <span className="block text-muted">{point.metricLabel}</span>
                    <FigureParts breakdownText={point.breakdownText} deathStatusText={point.deathStatusText} className="block text-muted" />
                    {point.sameDate.total > 1 ? (
                      <span className="mt-1 block text-xs font-medium text-accent">
                        {point.sameDate.position} of {point.sameDate.total} reports for this date
                        {point.sameDate.valuesDiffer ? "; they differ" : ""}
                      </span>
                    ) : null}
                  </span>
                </span>
              </th>
              <td role="cell" data-label="Reported by" className="px-3 py-3">
                <span className="block text-ink">{point.reporterName}</span>
                {point.isAttributed ? <span className="block text-muted">“{point.attribution}”</span> : null}
              </td>
              <td role="cell" data-label="Source" className="px-3 py-3">
                {point.sources.map((source) => (
                  <figure key={`${source.articleId}-${source.quote}`} className="mb-2 last:mb-0">
                    <blockquote className="font-serif leading-snug text-ink">“{source.quote}”</blockquote>
                    <figcaption className="mt-0.5 text-xs text-muted">
                      <Link href={source.href} className="text-muted hover:text-ink">
                        {source.articleTitle}
                      </Link>
                      {source.outlet ? `, ${source.outlet}` : ""} · {formatShortDate(source.published)}
                    </figcaption>
                  </figure>
                ))}
                {point.note ? <p className="mt-1 text-xs text-muted">Note: {point.note}</p> : null}
                {point.dateNote ? <p className="mt-1 text-xs text-muted">Date: {point.dateNote}</p> : null}
                {point.event ? (
                  <p className="mt-1 text-xs">
                    <Link href={point.event.href}>Event: {point.event.title}</Link>
                  </p>
                ) : null}
                {otherInferences.map((note) => (
                  <p key={note.field} className="mt-1 text-xs">
                    <InferenceMark note={note} isFieldNamed />
                  </p>
                ))}
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
