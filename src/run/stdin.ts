// Read all of standard input synchronously. readFileSync(0) throws EAGAIN when the pipe's file description
// is non-blocking (set by another process sharing it, or by libraries probing the terminal), which made
// `cat pack.html | panelpack extract -` fail at random; this waits for data instead.
import { readSync } from 'node:fs';

const CHUNK = 1 << 16;
const WAIT_MS = 5;

export function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(0, buf, 0, CHUNK, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(sleeper, 0, 0, WAIT_MS);
        continue;
      }
      if (code === 'EOF') break; // Windows: end of a closed pipe
      throw err;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks);
}
