import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Name of the lock file a writer holds in the data folder while it reads, checks and writes. */
export const LOCK_FILE = ".review.lock";
const LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 50;

/** Raised when another process holds the data lock for longer than we wait. */
export class DataLockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataLockError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock file (created exclusively, holding our pid) so a second process (the CLI beside
 * `next dev`) waits its turn. A lock left by a process that no longer runs is taken over.
 */
async function acquireLockFile(dataDir: string): Promise<() => void> {
  const lock = path.join(dataDir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released between our two calls: try again at once
    }
    // Our own pid cannot be a live holder: within this process the queue below runs one writer at a time.
    if (Number.isInteger(holder) && (holder === process.pid || !isAlive(holder))) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new DataLockError(`another process (pid ${holder}) is writing to ${dataDir}; try again when it has finished (or delete ${lock} if it is stale)`);
    }
    await sleep(LOCK_POLL_MS);
  }
}

/** On globalThis: Next.js may bundle the route handlers apart, and they must share one queue. */
const QUEUES = Symbol.for("ceasefire-tracker.review-queues");
type Slot = { [QUEUES]?: Map<string, Promise<unknown>> };

/**
 * Runs `task` alone: after every earlier task on the same data folder in this process has finished
 * (a queue), and while holding the folder's lock file (against other processes). So two requests never
 * interleave a read-modify-write of the same file.
 */
export function withDataLock<T>(dataDir: string, task: () => T | Promise<T>): Promise<T> {
  const slot = globalThis as Slot;
  const queues = (slot[QUEUES] ??= new Map());
  const key = path.resolve(dataDir);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(async () => {
    const release = await acquireLockFile(key);
    try {
      return await task();
    } finally {
      release();
    }
  });
  // The next task waits for this one whether it succeeds or fails.
  queues.set(key, run.catch(() => undefined));
  return run;
}
