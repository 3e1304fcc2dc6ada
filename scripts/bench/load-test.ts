// Concurrent load on loopback with autocannon: a bounded number of requests, results as the issue asks.
import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; requests: number; connections: number };

/** One autocannon run; `errors` counts connection errors, timeouts and non-2xx answers alike. */
export async function loadTest(url: string, { connections, amount }: { connections: number; amount: number }): Promise<LoadResult> {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error(`load tests run on 127.0.0.1 only, not ${url}`);
  const result = await autocannon({ url, connections: Math.min(connections, amount), amount, timeout: 30 });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    connections: Math.min(connections, amount),
  };
}
