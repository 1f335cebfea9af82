// The one door to pdf.js. Its legacy build (required for Node 20) ships core-js polyfills that replace
// Array.prototype.push and JSON.parse/stringify for the whole process although Node's own are
// equivalent for everything pdf.js and we do (the replacements only add proposal features); they cost
// about a quarter of the reading time. The natives are put back once pdf.js and its worker have loaded.
// The worker module is loaded here too and handed to pdf.js, which runs it on the main thread in Node.
import { NATIVE_BUILTINS } from './natives.js';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error the worker module ships without type declarations
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restore(Array.prototype, 'push', NATIVE_BUILTINS.push);
restore(JSON, 'parse', NATIVE_BUILTINS.parse);
restore(JSON, 'stringify', NATIVE_BUILTINS.stringify);

function restore(target: object, key: string, native: unknown): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  if (current?.value !== native && current?.configurable) {
    Object.defineProperty(target, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
}

// pdf.js reports what it repaired only as console warnings ("Warning: ..."): route them to whoever is
// reading a document now, and keep them off the terminal. Other console warnings pass through.
type WarningSink = (message: string) => void;
let sink: WarningSink | null = null;
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) sink?.(args[0].slice('Warning: '.length));
  else consoleWarn(...args);
};

/** Run `work` with pdf.js's warnings going to `onWarning` (documents are read one at a time). */
export async function withPdfWarnings<T>(onWarning: WarningSink, work: () => Promise<T>): Promise<T> {
  const previous = sink;
  sink = onWarning;
  try {
    return await work();
  } finally {
    sink = previous;
  }
}

export const { getDocument, OPS, AnnotationMode, VerbosityLevel } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
