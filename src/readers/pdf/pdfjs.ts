// The one door to pdf.js. Its legacy build (required for Node 20) ships core-js polyfills that replace
// Array.prototype.push and JSON.parse/stringify for the whole process although Node's own are
// equivalent for everything pdf.js and we do (the replacements only add proposal features); they cost
// about a quarter of the reading time. The natives are put back once pdf.js and its worker have loaded.
// The worker module is loaded here too and handed to pdf.js, which runs it on the main thread in Node.
import { endPreload, NATIVE_BUILTINS, setWarningSink } from './preload.js';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error the worker module ships without type declarations
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
endPreload();
restore(Array.prototype, 'push', NATIVE_BUILTINS.push);
restore(JSON, 'parse', NATIVE_BUILTINS.parse);
restore(JSON, 'stringify', NATIVE_BUILTINS.stringify);

function restore(target: object, key: string, native: unknown): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  if (current?.value !== native && current?.configurable) {
    Object.defineProperty(target, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
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

export const { getDocument, OPS, AnnotationMode, VerbosityLevel } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
