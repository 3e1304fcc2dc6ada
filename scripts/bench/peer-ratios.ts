// Our /timeline against the TimelineJS peer (issue 10): the figures measure.mjs reports for each, their
// ratios and the targets they are held to. Pure, so the comparison's arithmetic is tested.
import { z } from "zod";
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
  runs: z.array(z.object({ textVisibleIn: z.string().nullable().optional() })).default([]),
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
  return `${run.preset}: performance ${run.performance ?? "–"}, accessibility ${run.accessibility ?? "–"}, best practices ${run.bestPractices ?? "–"}, SEO ${run.seo ?? "–"}`;
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
