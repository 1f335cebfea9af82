// Worker process entry (forked by the pool): extracts one document at a time and reports over IPC.
// Runs in its own process so that a document that hangs pdf.js or exhausts memory can be killed
// without taking the batch down.
import { setFlagsFromString } from 'node:v8';
import { describeError, InputError } from '../errors.js';
import { ALL_CORES_ARG, type JobRequest, type WorkerMessage } from './protocol.js';
import { runJob } from './job.js';

// With a worker on every core, optimising is paid for out of the documents' own time: a function is
// optimised only after four times V8's usual warm-up, which skips code that runs briefly (20 packs on 2
// cores, --jobs 2: 9.4 -> 8.6 s, 9% less CPU). A V8 without the flag ignores it.
if (process.argv.includes(ALL_CORES_ARG)) setFlagsFromString('--interrupt-budget=264000');

function send(msg: WorkerMessage): void {
  process.send?.(msg);
}

let current: number | undefined;

process.on('message', (msg: JobRequest) => {
  if (msg?.type !== 'job') return;
  const { id } = msg;
  let lastPageReport = 0;
  runJob(msg.input, msg.opts, (done, total) => {
    const now = Date.now();
    if (done === total || now - lastPageReport > 100) {
      lastPageReport = now;
      send({ type: 'page', id, done, total });
    }
  }, (page) => send({ type: 'ocr', id, page })).then(
    (doc) => {
      current = undefined;
      send({ type: 'done', id, doc });
    },
    (err: unknown) => {
      current = undefined;
      send(failure(id, err));
    },
  );
  current = id;
});

function failure(id: number, err: unknown): WorkerMessage {
  if (err instanceof InputError) return { type: 'failed', id, reason: err.reason, message: err.message };
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return { type: 'failed', id, reason: 'too_complex', message: 'too complex: structure nested too deeply' };
  }
  return { type: 'failed', id, reason: 'corrupt', message: describeError('', err).slice(2) };
}

// pdf.js can throw from a callback outside the job's promise chain: fail the job, and let the pool
// replace this process (it never reuses a worker after a failure).
process.on('uncaughtException', (err) => {
  if (current === undefined || !process.send) process.exit(1);
  process.send(failure(current, err), () => process.exit(1));
});
// A stray rejection inside pdf.js does not mean the job failed; its own promise still settles.
process.on('unhandledRejection', () => {});

// The parent went away (crash, kill): stop at once.
process.on('disconnect', () => process.exit(0));
// Ctrl-C reaches the whole process group: the parent decides (it kills its workers and cleans up), so
// a worker must not die first and be reported as a crashed document.
process.on('SIGINT', () => {});
send({ type: 'ready' });
