// Atomic file output: write a temporary file in the same directory, then rename over the target,
// so that an interrupted run never leaves a half-written file.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

const pending = new Set<string>();
let counter = 0;

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd); // the data is on disk before the name points at it
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    removeQuietly(tmp); // a failed write (disk full, permissions) leaves no temporary file behind
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** Remove temporary files of writes in flight (called on SIGINT/SIGTERM). */
export function removePendingTemps(): void {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}
