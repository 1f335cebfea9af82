// Run a batch of inputs through the worker pool: every input gets a result or a typed failure, never
// stopping the others; results are handed on in input order whatever the completion order, so the
// output of --jobs N is byte-identical to --jobs 1.
// An input that already failed before reading (missing file, empty folder: `problem`) takes its turn as
// a failure without a worker.
import type { PackDocument } from '../records.js';
import { availableParallelism } from 'node:os';
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

/**
 * Fewer documents than --jobs allows (one document, by default): each of the `workers` may take a
 * second core, where pdf.js parses the next page while the worker lays out this one. --jobs caps the
 * cores used, so --jobs 1 never does.
 */
export function hasSpareCore(jobs: number, workers: number, cores = availableParallelism()): boolean {
  return Math.min(jobs, cores) >= 2 * workers;
}

export async function runBatch<T = PackDocument>(inputs: BatchInput[], opts: BatchOptions<T>): Promise<BatchSummary> {
  const stdin = inputs.some((i) => i.path === '-' && !i.problem) ? readStdin().toString('base64') : undefined;
  const readable = inputs.filter((i) => !i.problem).length;
  const size = Math.max(1, Math.min(opts.jobs, readable));
  const spareCore = hasSpareCore(opts.jobs, size);
  const pool = new WorkerPool({ size, timeoutMs: opts.timeoutMs, spareCore, ...DEFAULT_POOL_LIMITS });
  const job: JobOptions = { ...opts.job, pdfThread: spareCore };
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
        const { problem, ...rest } = input;
        const onPage = (done: number) => {
          pagesDone += done - pagesByInput[index];
          pagesByInput[index] = done;
          progress();
        };
        const result: JobResult<T> = problem
          ? { ok: false, reason: 'unreadable', message: problem }
          : await pool.run<T>(input.path === '-' ? { ...rest, base64: stdin } : rest, job, onPage);
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
