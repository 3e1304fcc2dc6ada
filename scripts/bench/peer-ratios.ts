// Our /timeline against the TimelineJS peer (issue 10): the figures measure.mjs reports for each, their
// ratios and the targets they are held to. Pure, so the comparison's arithmetic is tested.
import { z } from "zod";
import { median } from "./stats";
import type { Row } from "./targets";

/** The part of measure.mjs's `--json` output the comparison reads (medians over its runs). */
export const MeasureJsonSchema = z.object({
  url: z.string(),
  median: z.object({
    bytesWire: z.number().nullable(),
    textVisible: z.number().nullable(),
    longTaskTotal: z.number().nullable(),
    requests: z.number().nullable(),
    lcp: z.number().nullable().optional(),
    byKind: z.record(z.string(), z.object({ requests: z.number(), wire: z.number() })).default({}),
  }),
  runs: z.array(z.object({ textVisible: z.number().nullable().optional(), textVisibleIn: z.string().nullable().optional() })).default([]),
  lighthouse: z
    .array(
      z.object({
        preset: z.string(),
        error: z.string().optional(),
        performance: z.number().nullable().optional(),
        accessibility: z.number().nullable().optional(),
        bestPractices: z.number().nullable().optional(),
        seo: z.number().nullable().optional(),
      }),
    )
    .default([]),
});
export type MeasureJson = z.infer<typeof MeasureJsonSchema>;

/** The median of the figures there are, or null when no round has one. */
function medianOf(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  return known.length === 0 ? null : median(known);
}

/**
 * One page's rounds (each a one-run measure.mjs report) as one report: medians over the rounds, every run
 * kept, and the Lighthouse runs of whichever rounds had them.
 */
export function combineRounds(rounds: readonly MeasureJson[]): MeasureJson {
  const first = rounds[0];
  if (!first) throw new Error("no rounds to combine");
  const kinds = [...new Set(rounds.flatMap((round) => Object.keys(round.median.byKind)))];
  // A kind a round did not request counts as 0 requests and 0 bytes in it.
  const byKind = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      {
        requests: medianOf(rounds.map((round) => round.median.byKind[kind]?.requests ?? 0)) ?? 0,
        wire: medianOf(rounds.map((round) => round.median.byKind[kind]?.wire ?? 0)) ?? 0,
      },
    ]),
  );
  return {
    url: first.url,
    median: {
      bytesWire: medianOf(rounds.map((round) => round.median.bytesWire)),
      textVisible: medianOf(rounds.map((round) => round.median.textVisible)),
      longTaskTotal: medianOf(rounds.map((round) => round.median.longTaskTotal)),
      requests: medianOf(rounds.map((round) => round.median.requests)),
      lcp: medianOf(rounds.map((round) => round.median.lcp)),
      byKind,
    },
    runs: rounds.flatMap((round) => round.runs),
    lighthouse: rounds.flatMap((round) => round.lighthouse),
  };
}

/** "242 251 233": each run's first-headline time, whole milliseconds, in the order measured. */
export function roundFigures(measure: MeasureJson): string {
  return measure.runs.map((run) => (run.textVisible == null ? "–" : String(Math.round(run.textVisible)))).join(" ");
}

/** Ours ÷ TimelineJS must stay at or under these. */
export const PEER_RATIO_TARGETS = [
  { key: "bytesWire", label: "Bytes on the wire", maxRatio: 0.5, format: (n: number) => `${(n / 1000).toFixed(1)} kB` },
  { key: "textVisible", label: "First headline visible", maxRatio: 0.25, format: (n: number) => `${Math.round(n)} ms` },
  { key: "longTaskTotal", label: "Long tasks (total)", maxRatio: 0.25, format: (n: number) => `${Math.round(n)} ms` },
] as const;

/** ours ÷ peer; 0 when both are 0, undefined when it cannot be computed. */
export function ratio(ours: number | null | undefined, peer: number | null | undefined): number | undefined {
  if (ours == null || peer == null || !Number.isFinite(ours) || !Number.isFinite(peer)) return undefined;
  if (peer === 0) return ours === 0 ? 0 : undefined;
  return ours / peer;
}

/** One row per target: both figures, the ratio, the target and whether it is met. */
export function ratioRows(ours: MeasureJson, peer: MeasureJson): (Row & { ratio?: number })[] {
  return PEER_RATIO_TARGETS.map(({ key, label, maxRatio, format }) => {
    const value = ratio(ours.median[key], peer.median[key]);
    const show = (n: number | null | undefined) => (n == null ? "–" : format(n));
    return {
      measure: label,
      result: `ours ${show(ours.median[key])} / TimelineJS ${show(peer.median[key])} = ${value === undefined ? "–" : `${value.toFixed(2)}×`}`,
      target: `≤ ${maxRatio}×`,
      status: value === undefined ? `not met: no figure (${ours.median[key] == null ? "ours" : "TimelineJS"})` : value <= maxRatio ? "met" : "not met",
      ratio: value,
    };
  });
}

/** "performance 97, accessibility 100, best practices 100, SEO 100", or why there is none. */
export function lighthouseSummary(measure: MeasureJson): string {
  const run = measure.lighthouse[0];
  if (!run) return "not run";
  if (run.error) return `failed: ${run.error}`;
  // Scores come as fractions times 100 (56.00000000000001): shown whole, as Lighthouse shows them.
  const score = (value: number | null | undefined) => (value == null ? "–" : String(Math.round(value)));
  return `${run.preset}: performance ${score(run.performance)}, accessibility ${score(run.accessibility)}, best practices ${score(run.bestPractices)}, SEO ${score(run.seo)}`;
}

/** "html 1 × 54.6 kB, js 9 × 149.9 kB, …": bytes on the wire by kind, biggest first. */
export function bytesByKind(measure: MeasureJson): string {
  const kinds = Object.entries(measure.median.byKind).sort(([, a], [, b]) => b.wire - a.wire);
  return kinds.length === 0 ? "–" : kinds.map(([kind, k]) => `${kind} ${k.requests} × ${(k.wire / 1000).toFixed(1)} kB`).join(", ");
}

/** Where measure.mjs first saw the awaited text (an element and its classes), per run, without repeats. */
export function foundIn(measure: MeasureJson): string {
  const places = [...new Set(measure.runs.map((r) => r.textVisibleIn).filter((p): p is string => Boolean(p)))];
  return places.length === 0 ? "never found" : places.join(", ");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: "\u00a0" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#") && name !== "#39") return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The first entry headline of a rendered /timeline page, as one text node holds it (measure.mjs waits for
 * text inside a single node): the longest run of text between tags in the first `.entry-title`.
 */
export function firstHeadline(html: string): string | undefined {
  const match = /<(h[1-6])\b[^>]*\bclass="[^"]*\bentry-title\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/.exec(html);
  if (!match) return undefined;
  const runs = match[2]!
    .split(/<[^>]*>/)
    .map((text) => decode(text).trim())
    .filter(Boolean);
  return runs.sort((a, b) => b.length - a.length)[0];
}
