import type { DateRange } from "./date-range-params";

/** `?from=…&to=…` for a range (empty string for no range), to carry the range into links such as the CSV download. */
export function rangeQuery(range: DateRange): string {
  const params = new URLSearchParams();
  if (range.from) params.set("from", range.from);
  if (range.to) params.set("to", range.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}
