import type { FigurePoint } from "./figure-point";

/** Column names of the figures CSV: a public download, so columns are only ever added, at the end. */
export const FIGURE_CSV_COLUMNS = [
  "id",
  "metric",
  "metric_label",
  "value",
  "qualifier",
  "value_text",
  "as_of",
  "precision",
  "reported_by",
  "reporter_id",
  "attribution",
  "note",
  "same_date_reports",
  "event_id",
  "source_number",
  "article_id",
  "article_title",
  "outlet",
  "published",
  "quote",
  "source_url",
  "low",
  "high",
  "breakdown",
  "death_status",
  "date_earliest",
  "date_latest",
  "inferred",
] as const;

/**
 * One row per figure and source passage (a figure quoted from two articles gives two rows with the
 * same id), so every cell holds one value. `origin` makes the source links absolute.
 */
export function figureCsvRows(points: readonly FigurePoint[], origin: string): string[][] {
  const rows = points.flatMap((point) =>
    point.sources.map((source, i) => [
      point.id,
      point.metric,
      point.metricLabel,
      String(point.value),
      point.qualifier,
      point.valueText,
      point.date,
      point.precision,
      point.reporterName,
      point.reporterId ?? "",
      point.attribution,
      point.note ?? "",
      String(point.sameDate.total),
      point.event?.id ?? "",
      `${i + 1} of ${point.sources.length}`,
      source.articleId,
      source.articleTitle,
      source.outlet ?? "",
      source.published,
      source.quote,
      `${origin}${source.href}`,
      point.low === undefined ? "" : String(point.low),
      point.high === undefined ? "" : String(point.high),
      point.breakdownText ?? "",
      point.deathStatusText ?? "",
      point.earliest ?? "",
      point.latest ?? "",
      // "field: reason", one per inference, so a spreadsheet keeps them in one cell.
      (point.inferences ?? []).map((note) => `${note.field}: ${note.reason}`).join("; "),
    ]),
  );
  return [[...FIGURE_CSV_COLUMNS], ...rows];
}

/** Download name that says which range it holds. */
export function figureCsvFilename(range: { from?: string; to?: string }): string {
  const parts = ["ceasefire-tracker-figures", range.from ? `from-${range.from}` : "", range.to ? `to-${range.to}` : ""];
  return `${parts.filter(Boolean).join("-")}.csv`;
}
