// Run a batch of inputs through the worker pool: every input gets a result or a typed failure, never
// stopping the others; results are handed on in input order whatever the completion order, so the
// output of --jobs N is byte-identical to --jobs 1.
import { readStdin } from './stdin.js';
import type { JobInput, JobOptions } from './protocol.js';
import { WorkerPool, DEFAULT_POOL_LIMITS, type JobResult } from './pool.js';
import { onInterrupt } from './signals.js';

export interface BatchOptions {
  jobs: number;
  timeoutMs: number;
  job: JobOptions;
  /** called once per input, in input order */
  onResult: (input: JobInput, result: JobResult, index: number) => void;
  onProgress?: (packsDone: number, packsTotal: number, pagesDone: number) => void;
}

export interface BatchSummary {
  ok: number;
  failed: number;
}

export async function runBatch(inputs: JobInput[], opts: BatchOptions): Promise<BatchSummary> {
  const stdin = inputs.some((i) => i.path === '-') ? readStdin().toString('base64') : undefined;
  const pool = new WorkerPool({ size: Math.max(1, Math.min(opts.jobs, inputs.length)), timeoutMs: opts.timeoutMs, ...DEFAULT_POOL_LIMITS });
  const stopOnInterrupt = onInterrupt(() => pool.close());
  const results: (JobResult | undefined)[] = new Array(inputs.length);
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
        const job = input.path === '-' ? { ...input, base64: stdin } : input;
        const result = await pool.run(job, opts.job, (done) => {
          pagesDone += done - pagesByInput[index];
          pagesByInput[index] = done;
          progress();
        });
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
