// Issue 10's benchmark targets, one table per scale, and how a figure is judged and printed against
// them. Pure: the benchmark and its tests share it.

/** A limit a figure must stay under, and how to print figures of its kind. */
export type Limit = { below: number; format: (value: number) => string };

/** What issue 10 asks of one scale; a measure without a limit at that scale is reported only. */
export type ScaleTargets = {
  /** The scale the table was written for (100 or 1000). */
  basis: number;
  buildMs?: number;
  /** Fresh process: from process start to the index being ready (read + validate + index). */
  coldStartMs?: number;
  /** Any filter, median of repeated runs on the index. */
  filterMs?: number;
  /** First request of a `/timeline` view that lists 100 entries (it renders the view). */
  coldViewMs?: number;
  /** Every page's HTML document, gzip-compressed. */
  pageHtmlGzipBytes?: number;
};

export const ISSUE_10_TARGETS: readonly ScaleTargets[] = [
  { basis: 100, buildMs: 60_000, coldStartMs: 1_000, filterMs: 5, coldViewMs: 100 },
  { basis: 1000, buildMs: 300_000, coldStartMs: 5_000, filterMs: 20, pageHtmlGzipBytes: 500_000 },
];

/**
 * The targets that apply at `scale`: those of the smallest basis at or above it (a tiny test scale is
 * held to the 100x table), or of the largest basis beyond the last one.
 */
export function targetsFor(scale: number, table: readonly ScaleTargets[] = ISSUE_10_TARGETS): ScaleTargets {
  if (table.length === 0) throw new Error("no targets");
  const sorted = [...table].sort((a, b) => a.basis - b.basis);
  return sorted.find((t) => scale <= t.basis) ?? sorted.at(-1)!;
}

export type Status = "met" | "not met" | "reported" | `not measured: ${string}` | `not met: ${string}` | `met: ${string}`;

/** "met" when `value` is under `limit`, "not met" otherwise (a missing figure is not met); "reported" without a limit. */
export function verdict(value: number | undefined, limit: number | undefined): Status {
  if (limit === undefined) return "reported";
  return value !== undefined && Number.isFinite(value) && value < limit ? "met" : "not met";
}

/** "< 1.00 s", or "reported" (naming the scale whose table sets it, if any, as a reminder). */
export function targetText(limit: number | undefined, format: (value: number) => string, elsewhere?: string): string {
  if (limit !== undefined) return `< ${format(limit)}`;
  return elsewhere ? `reported (${elsewhere})` : "reported";
}

export type Row = { measure: string; result: string; target: string; status: Status | string };

/** A report row for one figure against an optional limit. */
export function judgedRow(measure: string, value: number | undefined, limit: number | undefined, format: (value: number) => string, elsewhere?: string): Row {
  return {
    measure,
    result: value === undefined ? "–" : format(value),
    target: targetText(limit, format, elsewhere),
    status: verdict(value, limit),
  };
}

/** "3 met, 1 not met" over the rows that have a target. */
export function tally(rows: readonly Row[]): string {
  const metCount = rows.filter((r) => r.status === "met" || r.status.startsWith("met:")).length;
  const notMet = rows.filter((r) => r.status === "not met" || r.status.startsWith("not met:")).length;
  return `${metCount} met, ${notMet} not met`;
}

/** A Markdown table, columns padded to their widest cell. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? "").padEnd(w)).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
