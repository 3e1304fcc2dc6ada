import type { Count, Metric, Qualifier } from "../schema/count";
import { formatNumber } from "./words";

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approximately: "approximately ",
  over: "over ",
  "at-least": "at least ",
};

/** "over 57,000", "approximately 1,200", "251": the number hedged as its source hedges it. */
export function formatCountValue(value: number, qualifier: Qualifier): string {
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
};

/** One line naming value, metric and who reported it, e.g. for titles and alt text. */
export function describeCount(count: Count, reporterName: string | undefined): string {
  const who = reporterName ?? count.attribution;
  return `${METRIC_LABELS[count.metric]}: ${formatCountValue(count.value, count.qualifier)} (${who})`;
}
