// Run a batch of inputs through the worker pool: every input gets a result or a typed failure, never
// stopping the others; results are handed on in input order whatever the completion order, so the
// output of --jobs N is byte-identical to --jobs 1.
// An input that already failed before reading (missing file, empty folder: `problem`) takes its turn as
// a failure without a worker.
import type { PackDocument } from '../records.js';
import { readStdin } from './stdin.js';
import type { JobInput, JobOptions } from './protocol.js';
import { WorkerPool, DEFAULT_POOL_LIMITS, type JobResult } from './pool.js';
import { onInterrupt } from './signals.js';

export interface BatchInput extends JobInput {
  /** why the input cannot be read at all; reported in its turn as an 'unreadable' failure */
  problem?: string;
}

export interface BatchOptions<T = PackDocument> {
  jobs: number;
  timeoutMs: number;
  job: JobOptions;
  /** called once per input, in input order */
  onResult: (input: BatchInput, result: JobResult<T>, index: number) => void;
  onProgress?: (packsDone: number, packsTotal: number, pagesDone: number) => void;
}

export interface BatchSummary {
  ok: number;
  failed: number;
}

export async function runBatch<T = PackDocument>(inputs: BatchInput[], opts: BatchOptions<T>): Promise<BatchSummary> {
  const stdin = inputs.some((i) => i.path === '-' && !i.problem) ? readStdin().toString('base64') : undefined;
  const readable = inputs.filter((i) => !i.problem).length;
  const pool = new WorkerPool({ size: Math.max(1, Math.min(opts.jobs, readable)), timeoutMs: opts.timeoutMs, ...DEFAULT_POOL_LIMITS });
  const stopOnInterrupt = onInterrupt(() => pool.close());
  const results: (JobResult<T> | undefined)[] = new Array(inputs.length);
  const pagesByInput = new Array<number>(inputs.length).fill(0);
  let pagesDone = 0;
  let packsDone = 0;
  let flushed = 0;
  const summary: BatchSummary = { ok: 0, failed: 0 };

  const progress = () => opts.onProgress?.(packsDone, inputs.length, pagesDone);
  const flush = () => {
    while (flushed < inputs.length && results[flushed]) {
      const result = results[flushed]!;
      results[flushed] = undefined; // let the document be collected once handed on
      if (result.ok) summary.ok++;
      else summary.failed++;
      opts.onResult(inputs[flushed], result, flushed);
      flushed++;
    }
  };

  try {
    progress();
    await Promise.all(
      inputs.map(async (input, index) => {
        const { problem, ...job } = input;
        const onPage = (done: number) => {
          pagesDone += done - pagesByInput[index];
          pagesByInput[index] = done;
          progress();
        };
        const result: JobResult<T> = problem
          ? { ok: false, reason: 'unreadable', message: problem }
          : await pool.run<T>(input.path === '-' ? { ...job, base64: stdin } : job, opts.job, onPage);
        results[index] = result;
        packsDone++;
        progress();
        flush();
      }),
    );
  } finally {
    pool.close();
    stopOnInterrupt();
  }
  return summary;
}
