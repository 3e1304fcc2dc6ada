/** Middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type Timing = { wall: number; cpu: number };

/**
 * Runs `fn` `warmups` times untimed, then `runs` times; returns each run's wall-clock and CPU
 * milliseconds. CPU time is what the code itself costs; wall time also counts waiting for a core on a
 * busy machine.
 */
export function timeRuns(runs: number, fn: () => unknown, warmups = 2): Timing[] {
  for (let i = 0; i < warmups; i += 1) fn();
  const times: Timing[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    fn();
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    times.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  return times;
}

/** Medians of wall and CPU time, each taken on its own. */
export function medianTiming(times: readonly Timing[]): Timing {
  return { wall: median(times.map((t) => t.wall)), cpu: median(times.map((t) => t.cpu)) };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Decimal kilobytes, as the targets ("500 KB gzip") are written. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** Nearest-rank percentile (`p` in 0–100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
