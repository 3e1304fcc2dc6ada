import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Test seam: runs after the temporary file is complete and before it replaces the target. */
export type AtomicWriteHooks = { beforeRename?: (tempPath: string) => void };

/**
 * Writes `text` to `file` so a reader sees the old or the new content, never a mix: the text goes to a
 * temporary file in the same folder (a rename is atomic only within one file system), is flushed to
 * disk, and then renamed over the target. A crash before the rename leaves the target as it was and,
 * at worst, a stray `.<name>.<pid>.<n>.tmp` beside it, which nothing reads.
 */
let sequence = 0;

export function writeFileAtomic(file: string, text: string, hooks: AtomicWriteHooks = {}): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++sequence}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    hooks.beforeRename?.(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
