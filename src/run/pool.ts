// A pool of worker processes, each extracting one document at a time. Every job has a hard wall-clock
// limit and a memory ceiling enforced from outside (SIGKILL): pdf.js decodes on the worker's main
// thread, so nothing inside the worker could interrupt it. A worker is reused for the next job only
// after a success; after any failure it is replaced by a fresh process.
// The ceiling is on the worker's peak resident memory (Linux VmHWM), not on samples of it: a peak
// between two samples (a decompression bomb inflating a stream) is still seen when the job ends, and a
// job whose peak passed the ceiling is refused whatever it returned.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { InputReason } from '../errors.js';
import type { PackDocument } from '../records.js';
import { ALL_CORES_ARG, type JobInput, type JobOptions, type JobRequest, type WorkerMessage } from './protocol.js';

/** `doc` is the pack document, or the document model when the job asked for it (JobOptions.want). */
export type JobResult<T = PackDocument> =
  | { ok: true; doc: T }
  | { ok: false; reason: InputReason; message: string };

export interface PoolOptions {
  size: number;
  /** each job's time limit, unless run() is given one */
  timeoutMs: number;
  /** V8 heap cap of each worker (--max-old-space-size) */
  heapMb: number;
  /** ceiling on each worker's peak resident memory during a job (typed arrays live outside the V8 heap) */
  rssMb: number;
  /** each worker has a core to spare, for pdf.js's thread (JobOptions.pdfThread) */
  spareCore?: boolean;
  /** what each page read by OCR adds to the time limit (default OCR_PAGE_ALLOWANCE_MS) */
  ocrPageMs?: number;
  workerPath?: string;
}

/**
 * The peak ceiling lies well between what documents need and what bombs take: OCR of a 55-page scan
 * peaks at 620 MB, the 1,040-page pack at 272 MB; the 256 MiB flate bomb of shared/badinputs, read to
 * the end, peaks at 1.38-1.39 GB (at a 1.4 GB ceiling it was refused in some runs and read in others).
 */
export const DEFAULT_POOL_LIMITS = { heapMb: 1024, rssMb: 1200 };

/**
 * What each page read by OCR adds to a document's time limit: OCR costs about 4 s of CPU a page
 * (drawing, rulings, tesseract), so a 40-page scan needs some 160 s, over the 60 s default; on a machine
 * shared with other work a page took up to 25 s. The limit stays hard; it grows only as the worker reports each page it starts to read by OCR.
 */
export const OCR_PAGE_ALLOWANCE_MS = 10_000;

interface Task {
  id: number;
  input: JobInput;
  opts: JobOptions;
  timeoutMs: number;
  onPage?: (done: number, total: number) => void;
  resolve: (r: JobResult<unknown>) => void;
}

interface Slot {
  child: ChildProcess;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** when the job's time is up (ms since the epoch), and the pages read by OCR that moved it */
  deadline?: number;
  ocrPages?: number;
  watch?: NodeJS.Timeout;
  /** why we killed it, if we did */
  killedFor?: JobResult<unknown>;
  stderrTail: string;
  exited: boolean;
}

const DEFAULT_WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export class WorkerPool {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  private get ocrPageMs(): number {
    return this.options.ocrPageMs ?? OCR_PAGE_ALLOWANCE_MS;
  }

  run<T = PackDocument>(
    input: JobInput,
    opts: JobOptions,
    onPage?: (done: number, total: number) => void,
    timeoutMs = this.options.timeoutMs,
  ): Promise<JobResult<T>> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'unreadable', message: 'interrupted' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, opts, timeoutMs, onPage, resolve: resolve as (r: JobResult<unknown>) => void });
      this.dispatch();
    });
  }

  /** Kill every worker at once (end of batch, Ctrl-C). */
  close(): void {
    this.closed = true;
    for (const slot of this.slots) this.kill(slot);
    this.slots.clear();
    for (const task of this.queue.splice(0)) task.resolve({ ok: false, reason: 'unreadable', message: 'interrupted' });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = [...this.slots].find((s) => !s.task && !s.exited);
      if (!slot) {
        if (this.slots.size >= this.options.size) return;
        slot = this.spawn();
      }
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const allCores = this.options.size >= availableParallelism();
    const child = fork(this.options.workerPath ?? DEFAULT_WORKER, allCores ? [ALL_CORES_ARG] : [], {
      // Single-threaded GC: V8's parallel and concurrent GC helpers only contend with the other workers
      // (measured on 2 cores: 20 packs 10% faster with --jobs 2, 4% with --jobs 1, 15% less CPU). With a
      // worker on every core, its background compiler threads contend too: all of V8 on one thread
      // (20 packs on 2 cores, --jobs 2: 10.3 -> 9.9 s); with a core to spare they are a gain.
      // Young generation: with pdf.js on a thread of its own this one makes little garbage, and half
      // the usual is as fast and keeps the 1,040-page pack's peak RSS under 300 MB; otherwise twice the
      // usual means fewer scavenges (20 packs on 2 cores: --jobs 2 10.6 -> 9.7 s, --jobs 1 16.9 -> 15.6 s,
      // 7% less CPU) for ~30 MB more per worker.
      // With a worker on every core, bytecode is kept too: V8 drops that of functions idle over a few
      // collections (what runs once per document) and compiles it again for the next (20 packs, --jobs 2:
      // 5 paired runs, none slower, 2% faster on average; no gain with a core to spare).
      execArgv: [
        `--max-old-space-size=${this.options.heapMb}`,
        ...(allCores ? ['--single-threaded', '--no-flush-bytecode'] : ['--single-threaded-gc']),
        `--max-semi-space-size=${this.options.spareCore ? 8 : 32}`,
      ],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const slot: Slot = { child, stderrTail: '', exited: false };
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      slot.stderrTail = (slot.stderrTail + s).slice(-4096);
    });
    child.on('message', (msg: WorkerMessage) => this.onMessage(slot, msg));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    child.on('error', () => {
      /* reported through 'exit' */
    });
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.deadline = Date.now() + task.timeoutMs;
    slot.ocrPages = 0;
    this.armTimer(slot);
    resetPeak(slot.child.pid);
    // sampled to stop a runaway early; the peak is checked again when the job ends (overMemory)
    slot.watch = setInterval(() => {
      if (this.overMemory(slot)) this.fail(slot, outOfMemory());
    }, 200);
    const req: JobRequest = { type: 'job', id: task.id, input: task.input, opts: task.opts };
    slot.child.send(req, (err) => {
      if (err) this.fail(slot, { ok: false, reason: 'unreadable', message: 'crashed (worker unreachable)' });
    });
  }

  /** (Re)start the job's timer for the time left until its deadline. */
  private armTimer(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const seconds = formatSeconds(slot.task?.timeoutMs ?? this.options.timeoutMs);
      const ocr = slot.ocrPages
        ? ` (+${formatSeconds(this.ocrPageMs)} for each of the ${slot.ocrPages} page${slot.ocrPages === 1 ? '' : 's'} read by OCR)`
        : '';
      this.fail(slot, { ok: false, reason: 'timeout', message: `timeout: over the ${seconds} limit${ocr}` });
    }, Math.max(0, (slot.deadline ?? 0) - Date.now()));
  }

  private onMessage(slot: Slot, msg: WorkerMessage): void {
    const task = slot.task;
    if (!task || msg.type === 'ready' || msg.id !== task.id) return;
    if (msg.type === 'ocr') {
      slot.ocrPages = (slot.ocrPages ?? 0) + 1;
      slot.deadline = (slot.deadline ?? Date.now()) + this.ocrPageMs;
      this.armTimer(slot);
    } else if (msg.type === 'page') {
      task.onPage?.(msg.done, msg.total);
    } else if (this.overMemory(slot)) {
      this.fail(slot, outOfMemory());
    } else if (msg.type === 'done') {
      this.finish(slot, { ok: true, doc: msg.doc });
    } else {
      this.fail(slot, { ok: false, reason: msg.reason, message: msg.message });
    }
  }

  /**
   * The worker's resident memory peaked over the ceiling during this job. Its peak is reset when a job
   * starts; where that is not allowed it is the process's, and a worker reused after a job that stayed
   * under the ceiling carries no peak over it.
   */
  private overMemory(slot: Slot): boolean {
    return peakResidentMb(slot.child.pid) > this.options.rssMb;
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    slot.exited = true;
    this.slots.delete(slot);
    if (slot.task) {
      const result = slot.killedFor ?? crashResult(slot.stderrTail, code, signal);
      this.finish(slot, result);
    }
    this.dispatch();
  }

  /** The job failed: settle it, then retire the worker (state after a failure is not trusted). */
  private fail(slot: Slot, result: JobResult<unknown>): void {
    if (!slot.task) return;
    this.finish(slot, result);
    this.kill(slot);
    this.slots.delete(slot);
    this.dispatch();
  }

  private finish(slot: Slot, result: JobResult<unknown>): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    clearInterval(slot.watch);
    slot.task = undefined;
    task.resolve(result);
    if (result.ok) this.dispatch();
  }

  private kill(slot: Slot): void {
    clearTimeout(slot.timer);
    clearInterval(slot.watch);
    if (!slot.exited) {
      slot.child.kill('SIGKILL');
      slot.exited = true;
    }
  }
}

const outOfMemory = (): JobResult<never> => ({ ok: false, reason: 'out_of_memory', message: 'out of memory' });

function crashResult(stderr: string, code: number | null, signal: NodeJS.Signals | null): JobResult<never> {
  if (/heap out of memory|allocation failed|invalid array length|out of memory/i.test(stderr)) {
    return outOfMemory();
  }
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  // the worker's own last word, if it said what went wrong (one line, no stack)
  const cause = /^\w*(Error|Exception)\b.*$/m.exec(stderr)?.[0].slice(0, 200);
  return { ok: false, reason: 'unreadable', message: `crashed (${how})${cause ? `: ${cause}` : ''}` };
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * Peak resident set size of a process in MB since it started or its peak was reset (Linux /proc VmHWM;
 * 0 where unavailable, so the check never fires).
 */
function peakResidentMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const kb = /^VmHWM:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Start a process's peak anew from its present resident memory (Linux clear_refs "5"), where allowed. */
function resetPeak(pid: number | undefined): void {
  try {
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not allowed here (or not Linux): overMemory says why the process's own peak still serves
  }
}
