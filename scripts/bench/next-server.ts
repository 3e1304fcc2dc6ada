// Starts `next start` on loopback for the benchmark and Lighthouse, and stops it by the PID it started.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";

export type NextServer = { pid: number; baseUrl: string; stop: () => Promise<void> };

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The server was started detached, so its PID is also its process group: this ends it and any
    // worker it forked, and nothing else.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// If the script dies or is interrupted, the servers it started go with it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, "SIGKILL");
    process.exit(130);
  });
}
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

/**
 * `next start -p <port>` with extra env (DATA_DIR, NEXT_DIST_DIR); output goes to `logFile`. No -H, as
 * `npm start` runs it (see proxy.ts: with -H, Next.js fetches rewrites over HTTP); requests go to 127.0.0.1.
 */
export async function startNextServer({ port, env = {}, logFile }: { port: number; env?: Record<string, string>; logFile: string }): Promise<NextServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await fetch(baseUrl, { signal: AbortSignal.timeout(1_000) });
    throw new Error(`port ${port} is already in use: stop what runs there or pick another port`);
  } catch (error) {
    if ((error as Error).message.startsWith("port ")) throw error;
  }
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    log.end();
  };
  try {
    await waitUntilUp(baseUrl, child, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid!, baseUrl, stop };
}

/**
 * Status of GET `url`, without reading the body (cancelling it drops the connection rather than
 * reusing it). Not HEAD: a HEAD on a large static route answer left bytes on a kept-alive socket
 * that broke the next request on it.
 */
export async function probeStatus(url: string): Promise<number> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  await response.body?.cancel();
  return response.status;
}
