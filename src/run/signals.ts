// Interrupts and broken pipes. Ctrl-C (SIGINT) or SIGTERM: run the cleanups (kill workers, remove
// temporary output files) and exit 130 / 143. A closed stdout (`panelpack ... | head`) ends quietly.
import { removePendingTemps } from '../emit/write.js';

const cleanups = new Set<() => void>();
let installed = false;

function cleanupAll(): void {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      /* keep cleaning */
    }
  }
  removePendingTemps();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('SIGINT', () => {
    cleanupAll();
    process.exit(130);
  });
  process.once('SIGTERM', () => {
    cleanupAll();
    process.exit(143);
  });
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    cleanupAll();
    process.exit(process.exitCode ?? 0);
  });
}

/** Register a cleanup for interrupts; returns its removal. */
export function onInterrupt(fn: () => void): () => void {
  install();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
