import { evenIndices } from "./figure-sample";
import { METRIC_LABELS } from "../format/format-count";
import { factDateTime, formatFactDate, formatShortDate } from "../format/format-date";
import { formatShortCountValue } from "../format/format-figure";
import { TYPE_LABELS } from "../format/labels";
import { sourceHref } from "../format/quote-anchor";
import type { DateRange } from "../params/date-range-params";
import type { Count, Metric } from "../schema/count";
import { MetricSchema } from "../schema/count";
import { actorColour } from "../theme/actor-palette";
import { METRIC_STYLE, UNATTRIBUTED_COLOUR } from "../theme/figure-style";
import type { DatasetIndex } from "./dataset-index";
import { figureDetails } from "./figure-details";
import { inferenceNotes } from "./inference-notes";
import type { FigurePoint, FigureSeries, FigureSource, KeyEvent, SameDateReports } from "./figure-point";

/** What the figure builders read from the index. */
export type FigureIndex = Pick<DatasetIndex, "dataset" | "actors" | "articles" | "events" | "keyEvents">;

/**
 * The sections of /figures, the metrics each one holds (every metric is in one section) and its small
 * charts: one per measure, each with its own value axis. Hostages held starts from the number taken.
 */
export const FIGURE_CHARTS = [
  {
    id: "hostages",
    title: "Hostages held in Gaza",
    metrics: ["hostages-taken", "hostages-held", "hostages-alive", "hostages-dead", "hostages-of-concern"],
    panels: [
      { title: "Held in Gaza, from the number taken", metrics: ["hostages-taken", "hostages-held"] },
      { title: "Believed alive", metrics: ["hostages-alive"] },
      { title: "Confirmed or presumed dead", metrics: ["hostages-dead"] },
      { title: "Condition of grave concern", metrics: ["hostages-of-concern"] },
    ],
  },
  {
    id: "deaths",
    title: "Deaths reported",
    metrics: ["deaths-gaza", "deaths-israel-oct7"],
    panels: [
      { title: "Deaths in Gaza", metrics: ["deaths-gaza"] },
      { title: "Deaths in Israel on 7 October 2023", metrics: ["deaths-israel-oct7"] },
    ],
  },
  // Shown only when the data holds such figures.
  {
    id: "releases",
    title: "Hostages and prisoners released",
    metrics: ["hostages-released", "prisoners-released"],
    panels: [
      { title: "Hostages released", metrics: ["hostages-released"] },
      { title: "Palestinian prisoners released", metrics: ["prisoners-released"] },
    ],
    isOptional: true,
  },
  {
    id: "displacement",
    title: "People displaced in Gaza",
    metrics: ["people-displaced"],
    panels: [{ title: "People displaced in Gaza", metrics: ["people-displaced"] }],
    isOptional: true,
  },
] as const satisfies readonly {
  id: string;
  title: string;
  metrics: readonly Metric[];
  panels: readonly { title: string; metrics: readonly Metric[] }[];
  isOptional?: boolean;
}[];
export type FigureChartId = (typeof FIGURE_CHARTS)[number]["id"];

/** Event types drawn on the time axis: turning points of the war and the deals, not every round of talks. */
export { eventSpan, KEY_EVENT_TYPES } from "./key-events";

const METRIC_ORDER = new Map(MetricSchema.options.map((metric, index) => [metric, index]));

/** Who reported a count, as a series key and a name a reader can check against the source. */
export function reporterOf(count: Count, index: Pick<FigureIndex, "actors" | "articles">) {
  const actor = count.reportedById ? index.actors.get(count.reportedById) : undefined;
  if (actor) {
    return {
      key: `actor:${actor.id}`,
      name: actor.name,
      shortName: actor.shortName,
      reporterId: actor.id,
      isAttributed: true,
      colour: actorColour(actor.id, index.actors),
    };
  }
  // Unattributed: the publication is the one saying it, so it names the series.
  const articles = [...new Set(count.sources.map((source) => source.articleId))]
    .map((id) => ({ id, article: index.articles.get(id) }))
    .sort((a, b) => (a.article?.published ?? "").localeCompare(b.article?.published ?? "") || a.id.localeCompare(b.id));
  const articleIds = articles.map((a) => a.id);
  const publications = articles.map(({ id, article }) =>
    article ? `${article.outlet ?? "outlet not named"}, ${formatShortDate(article.published)}` : id,
  );
  const outlet = articles.find(({ article }) => article?.outlet)?.article?.outlet;
  return {
    key: `unattributed:${articleIds.join("+")}`,
    name: `${count.attribution}; ${publications.join(" and ")}`,
    // The publication is the one saying it; a chart label has room for one outlet.
    shortName: outlet ? `not attributed; ${outlet}` : "not attributed in the article",
    reporterId: undefined,
    isAttributed: false,
    colour: UNATTRIBUTED_COLOUR,
  };
}

type Report = Pick<Count, "id" | "metric" | "date" | "value" | "qualifier">;

/**
 * Numbers each report among the reports of the same metric and as-of date, in the order given,
 * so conflicting or repeated reports are labelled as such. Run over the whole dataset, before any date range.
 */
export function sameDateReports(reports: readonly Report[]): Map<string, SameDateReports> {
  const groups = new Map<string, Report[]>();
  for (const report of reports) {
    const key = `${report.metric}|${report.date}`;
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  const result = new Map<string, SameDateReports>();
  for (const group of groups.values()) {
    const valuesDiffer = new Set(group.map((r) => `${r.value}|${r.qualifier}`)).size > 1;
    group.forEach((report, i) => result.set(report.id, { position: i + 1, total: group.length, valuesDiffer }));
  }
  return result;
}

/** Oldest first; on one date by metric, then reporter, then id, so the order never reshuffles. */
type Sortable = Pick<FigurePoint, "date" | "metric" | "reporterName" | "id">;

export function compareFigurePoints(a: Sortable, b: Sortable): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byMetric = (METRIC_ORDER.get(a.metric) ?? 0) - (METRIC_ORDER.get(b.metric) ?? 0);
  if (byMetric !== 0) return byMetric;
  if (a.reporterName !== b.reporterName) return a.reporterName < b.reporterName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function describePoint(point: Omit<FigurePoint, "label">): string {
  const conflict =
    point.sameDate.total > 1
      ? ` One of ${point.sameDate.total} reports of this figure for that date${point.sameDate.valuesDiffer ? ", which differ" : ""}.`
      : "";
  return `${point.metricLabel}: ${point.valueText}, as of ${point.dateText}, reported by ${point.reporterName}.${conflict}`;
}

/** Every count as a display-ready point, oldest first. Each count stays its own point: nothing is merged. */
export function buildFigurePoints(index: FigureIndex): FigurePoint[] {
  const unlabelled = index.dataset.counts.map((count) => {
    const reporter = reporterOf(count, index);
    const sources: FigureSource[] = count.sources.map((source) => {
      const article = index.articles.get(source.articleId);
      return {
        articleId: source.articleId,
        articleTitle: article?.title ?? source.articleId,
        outlet: article?.outlet ?? null,
        published: article?.published ?? count.date,
        quote: source.quote,
        href: sourceHref(source.articleId, source.quote),
      };
    });
    const event = count.eventId ? index.events.get(count.eventId) : undefined;
    const details = figureDetails(count);
    const point: Omit<FigurePoint, "label" | "sameDate"> = {
      id: count.id,
      metric: count.metric,
      metricLabel: METRIC_LABELS[count.metric],
      value: count.value,
      qualifier: count.qualifier,
      valueText: details.valueText,
      shortValueText: formatShortCountValue(count.value, count.qualifier, count),
      ...(count.low !== undefined && count.high !== undefined ? { low: count.low, high: count.high } : {}),
      ...(details.breakdownText ? { breakdownText: details.breakdownText } : {}),
      ...(details.deathStatusText ? { deathStatusText: details.deathStatusText } : {}),
      date: count.date,
      dateText: formatFactDate(count),
      dateTime: factDateTime(count),
      precision: count.precision,
      ...(count.earliest && count.latest ? { earliest: count.earliest, latest: count.latest } : {}),
      ...(count.inferred.length > 0 ? { inferences: inferenceNotes(count.inferred) } : {}),
      ...(count.dateNote ? { dateNote: count.dateNote } : {}),
      seriesKey: `${count.metric}|${reporter.key}`,
      ...(reporter.reporterId ? { reporterId: reporter.reporterId } : {}),
      reporterName: reporter.name,
      reporterShort: reporter.shortName,
      attribution: count.attribution,
      isAttributed: reporter.isAttributed,
      colour: reporter.colour,
      shape: METRIC_STYLE[count.metric].shape,
      ...(count.note ? { note: count.note } : {}),
      ...(event ? { event: { id: event.id, title: event.title, href: `/events/${event.id}` } } : {}),
      sources,
      href: sources[0]?.href ?? "/sources",
    };
    return point;
  });
  // Numbered in display order, so "1 of 2" always comes before "2 of 2".
  const sorted = unlabelled.map((p) => ({ ...p, sameDate: { position: 1, total: 1, valuesDiffer: false } })).sort(compareFigurePoints);
  const reports = sameDateReports(sorted);
  return sorted.map((p) => {
    const point = { ...p, sameDate: reports.get(p.id) ?? p.sameDate };
    return { ...point, label: describePoint(point) };
  });
}

// Display-ready points (formatted text, not a lookup) are built on first use rather than with the index, so
// that they do not lengthen every start; then once per dataset, for the figures page, the CSV and the home page.
const pointsByDataset = new WeakMap<FigureIndex["dataset"], FigurePoint[]>();

/** `buildFigurePoints` for the index, worked out once per dataset. */
export function figurePoints(index: FigureIndex): readonly FigurePoint[] {
  let points = pointsByDataset.get(index.dataset);
  if (!points) pointsByDataset.set(index.dataset, (points = buildFigurePoints(index)));
  return points;
}

/** Points whose as-of date lies inside the range (inclusive); an open end is unbounded. */
export function pointsInRange(points: readonly FigurePoint[], range: DateRange): FigurePoint[] {
  return points.filter((point) => (!range.from || point.date >= range.from) && (!range.to || point.date <= range.to));
}

/** Points of the given metrics, order kept. */
export function pointsForMetrics(points: readonly FigurePoint[], metrics: readonly Metric[]): FigurePoint[] {
  return points.filter((point) => metrics.includes(point.metric));
}

/** Groups points into (metric, reporter) series, each oldest first; series ordered by metric then first date. */
export function groupSeries(points: readonly FigurePoint[]): FigureSeries[] {
  const byKey = new Map<string, FigurePoint[]>();
  for (const point of [...points].sort(compareFigurePoints)) {
    const members = byKey.get(point.seriesKey);
    if (members) members.push(point);
    else byKey.set(point.seriesKey, [point]);
  }
  const firstDates = new Map([...byKey].map(([key, members]) => [key, members[0]!.date]));
  return [...byKey.entries()]
    .map(([key, members]): FigureSeries => {
      const first = members[0]!;
      return {
        key,
        metric: first.metric,
        metricLabel: first.metricLabel,
        reporterName: first.reporterName,
        ...(first.reporterId ? { reporterId: first.reporterId } : {}),
        isAttributed: first.isAttributed,
        colour: first.colour,
        shape: first.shape,
        dash: METRIC_STYLE[first.metric].dash,
        pointIds: members.map((p) => p.id),
      };
    })
    .sort((a, b) => {
      const byMetric = (METRIC_ORDER.get(a.metric) ?? 0) - (METRIC_ORDER.get(b.metric) ?? 0);
      if (byMetric !== 0) return byMetric;
      const firstA = firstDates.get(a.key)!;
      const firstB = firstDates.get(b.key)!;
      return firstA !== firstB ? (firstA < firstB ? -1 : 1) : a.reporterName.localeCompare(b.reporterName);
    });
}


/**
 * Timeline events of the key types whose dates fall inside [start, end], oldest first and
 * numbered from 1 for the markers on the axis.
 */
export function selectKeyEvents(index: Pick<DatasetIndex, "keyEvents">, start: string, end: string): KeyEvent[] {
  return keyEventsInSpan(index, start, end, Number.POSITIVE_INFINITY).events;
}

/**
 * Like `selectKeyEvents`, but at most `limit` of them, spread evenly with the first and the latest
 * kept, numbered from 1; `total` counts all in the span. Only the kept ones are formatted.
 */
export function keyEventsInSpan(index: Pick<DatasetIndex, "keyEvents">, start: string, end: string, limit: number): { events: KeyEvent[]; total: number } {
  const inSpan = index.keyEvents.filter(({ span }) => span.end >= start && span.start <= end);
  const kept = inSpan.length <= limit ? inSpan : evenIndices(inSpan.length, limit).map((i) => inSpan[i]!);
  const events = kept.map(({ event }, i) => ({
    number: i + 1,
    id: event.id,
    type: event.type,
    typeLabel: TYPE_LABELS[event.type],
    title: event.title,
    date: event.date,
    precision: event.precision,
    dateText: formatFactDate(event),
    href: `/events/${event.id}`,
  }));
  return { events, total: inSpan.length };
}


/** For each metric, the reports with the latest as-of date (several when sources disagree on that day). */
export function latestReports(points: readonly FigurePoint[], metric: Metric): FigurePoint[] {
  const ofMetric = points.filter((point) => point.metric === metric);
  const latest = ofMetric.reduce<string | undefined>((max, p) => (!max || p.date > max ? p.date : max), undefined);
  return ofMetric.filter((point) => point.date === latest).sort(compareFigurePoints);
}
