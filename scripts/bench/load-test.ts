// Concurrent load on loopback: `connections` clients, each sending its next request as soon as the last
// answered (a closed loop, like autocannon), over a shared list of addresses, so a mix of pages can be
// sent and each answer's latency kept with what kind of request it was.
import http from "node:http";
import { median, percentile } from "./stats";

/** One answered (or failed) request; `problem` says what went wrong, e.g. "HTTP 500" or "timed out after 60 s". */
export type Sample = { kind: string; ms: number; ok: boolean; problem?: string };

export type KindSummary = { kind: string; requests: number; p50: number; p99: number; errors: number };

export type LoadRun = { samples: Sample[]; seconds: number; connections: number };

function get(agent: http.Agent, origin: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ agent, host: origin.hostname, port: origin.port, path, timeout: 60_000 }, (response) => {
      response.resume(); // read and drop the body: the time counts until its last byte
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timed out after 60 s")));
    request.on("error", reject);
  });
}

/**
 * Sends every item of `items` once, `connections` at a time, on kept-alive connections. A non-2xx
 * answer or a failed request counts as an error.
 */
export async function loadTest(baseUrl: string, items: readonly { path: string; kind: string }[], connections: number): Promise<LoadRun> {
  const origin = new URL(baseUrl);
  if (origin.hostname !== "127.0.0.1") throw new Error(`load tests run on 127.0.0.1 only, not ${baseUrl}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples: Sample[] = [];
  let next = 0;
  const client = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      const started = performance.now();
      let problem: string | undefined;
      try {
        const status = await get(agent, origin, item.path);
        if (status < 200 || status >= 300) problem = `HTTP ${status}`;
      } catch (error) {
        problem = (error as Error).message;
      }
      samples.push({ kind: item.kind, ms: performance.now() - started, ok: problem === undefined, ...(problem ? { problem: `${problem} (${item.path})` } : {}) });
    }
  };
  const started = performance.now();
  const clients = Math.min(connections, items.length);
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { samples, seconds, connections: clients };
}

/** Per kind (in first-seen order) and, last, "all": request count, p50 and p99 latency, errors. */
export function summarise(samples: readonly Sample[]): KindSummary[] {
  const kinds = [...new Set(samples.map((s) => s.kind)), "all"];
  return kinds.map((kind) => {
    const mine = kind === "all" ? samples : samples.filter((s) => s.kind === kind);
    const ms = mine.map((s) => s.ms);
    return { kind, requests: mine.length, p50: percentile(ms, 50), p99: percentile(ms, 99), errors: mine.filter((s) => !s.ok).length };
  });
}

/** Each distinct problem and how often it happened, most frequent first. */
export function problems(samples: readonly Sample[]): string[] {
  const counts = new Map<string, number>();
  for (const { problem } of samples) if (problem) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].sort(([, a], [, b]) => b - a).map(([problem, count]) => `${count} × ${problem}`);
}

/** Median requests per second over several runs. */
export function requestsPerSecond(runs: readonly LoadRun[]): number {
  return median(runs.map((r) => r.samples.length / r.seconds));
}
