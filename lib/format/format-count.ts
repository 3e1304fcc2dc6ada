import type { Count, Metric, Qualifier } from "../schema/count";
import { formatNumber } from "./words";

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approximately: "approximately ",
  over: "over ",
  "at-least": "at least ",
  nearly: "nearly ",
  "up-to": "up to ",
  range: "",
};

/** A figure's bounds where the text gives them ("between 20 and 24"). */
export type Bounds = { low?: number | undefined; high?: number | undefined };

/** "over 57,000", "approximately 1,200", "251", "20 to 24": the number hedged as its source hedges it. */
export function formatCountValue(value: number, qualifier: Qualifier, bounds: Bounds = {}): string {
  if (qualifier === "range" && bounds.low !== undefined && bounds.high !== undefined) {
    return `${formatNumber(bounds.low)} to ${formatNumber(bounds.high)}`;
  }
  return `${QUALIFIER_WORDS[qualifier]}${formatNumber(value)}`;
}

/** Reader-facing names of the metrics. */
export const METRIC_LABELS: Record<Metric, string> = {
  "hostages-taken": "Hostages taken on 7 October 2023",
  "hostages-held": "Hostages held in Gaza",
  "hostages-alive": "Hostages believed alive",
  "hostages-dead": "Hostages confirmed or presumed dead",
  "hostages-of-concern": "Hostages whose condition is of grave concern",
  "deaths-gaza": "Deaths reported in Gaza",
  "deaths-israel-oct7": "Deaths in Israel on 7 October 2023",
  "hostages-released": "Hostages released",
  "prisoners-released": "Palestinian prisoners released",
  "people-displaced": "People displaced in Gaza",
};

/** One line naming value, metric and who reported it, e.g. for titles and alt text. */
export function describeCount(count: Count, reporterName: string | undefined): string {
  const who = reporterName ?? count.attribution;
  return `${METRIC_LABELS[count.metric]}: ${formatCountValue(count.value, count.qualifier, count)} (${who})`;
}
