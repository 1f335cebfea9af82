// The one door to pdf.js. Its legacy build (required for Node 20) ships core-js polyfills that replace
// Array.prototype.push and JSON.parse/stringify for the whole process although Node's own are
// equivalent for everything pdf.js and we do (the replacements only add proposal features); they cost
// about a quarter of the reading time. The natives are put back once each pdf.js module has loaded.
// pdf.js's worker half, which parses, runs either on a thread of its own (startPdfThread) or, as pdf.js
// does in Node by default, on this one (useThisThread): its module is loaded only for the latter.
import { endPreload, reportWarning, restoreBuiltins, setWarningSink } from './preload.js';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

endPreload();

/** Load pdf.js's worker half onto this thread, where pdf.js finds it (globalThis.pdfjsWorker). */
export async function useThisThread(): Promise<void> {
  // @ts-expect-error the worker module ships without type declarations
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  restoreBuiltins();
}

// pdf.js reports what it repaired only as console warnings ("Warning: ..."), which preload.ts routes
// to whoever is reading a document now and keeps off the terminal.
type WarningSink = (message: string) => void;

/** Run `work` with pdf.js's warnings going to `onWarning` (documents are read one at a time). */
export async function withPdfWarnings<T>(onWarning: WarningSink, work: () => Promise<T>): Promise<T> {
  const previous = setWarningSink(onWarning);
  try {
    return await work();
  } finally {
    setWarningSink(previous);
  }
}

/** pdf.js's worker half on a thread of its own (thread.ts), for one document. */
export interface PdfThread {
  /** for getDocument's `worker` */
  worker: InstanceType<typeof pdfjs.PDFWorker>;
  /** `work`, or the thread's death (out of memory, crash) if that comes first */
  guard<T>(work: Promise<T>): Promise<T>;
  /** end the thread, and with it all the memory pdf.js used */
  stop(): Promise<void>;
}

const WARNING_TARGET = 'panelpack-warning';
const THREAD_YOUNG_GENERATION_MB = 16;

export function startPdfThread(): PdfThread {
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(new URL('./thread.js', import.meta.url), {
    workerData: { port: port2, warningTarget: WARNING_TARGET },
    transferList: [port2],
    resourceLimits: {
      // as much heap as this thread has: the parsing happens there
      maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
      // a small young generation: as fast here, and the 1,040-page pack's peak RSS 300 -> 270 MB
      maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB,
      // V8's usual stack (a worker's is 4 MB): a file nested too deeply fails alike on either thread
      stackSizeMb: 1,
    },
  });
  const failure = new Promise<never>((_, reject) => {
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the pdf.js thread stopped (exit code ${code})`)));
  });
  failure.catch(() => undefined);
  port1.addEventListener('message', (event) => {
    const data = (event as MessageEvent).data as { targetName?: string; message?: string } | undefined;
    if (data?.targetName === WARNING_TARGET) reportWarning(String(data.message));
  });
  const worker = pdfjs.PDFWorker.create({ port: port1 as unknown as Worker, verbosity: pdfjs.VerbosityLevel.WARNINGS });
  return {
    worker,
    guard(work) {
      const raced = Promise.race([work, failure]);
      raced.catch(() => undefined); // a wait given up on (the read failed first) must not end as unhandled
      return raced;
    },
    async stop() {
      worker.destroy();
      port1.close();
      await thread.terminate();
    },
  };
}

export const { getDocument, OPS, AnnotationMode, VerbosityLevel } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
