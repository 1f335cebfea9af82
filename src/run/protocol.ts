// Messages between the batch runner and its worker processes (IPC, JSON-serialised).
import type { InputReason } from '../errors.js';
import type { DocModel } from '../model.js';
import type { PackDocument } from '../records.js';
import type { SizeLimits } from '../readers/limits.js';
import type { OcrMode } from '../readers/ocr/options.js';

/**
 * Worker argument: every core runs a worker. Background compiler threads then only contend, and
 * optimising code costs as much as running it: all of V8 runs on one thread and optimises later.
 */
export const ALL_CORES_ARG = '--all-cores-busy';

/** What to extract and how; everything a worker needs, nothing that cannot cross a process boundary. */
export interface JobOptions {
  packId?: string;
  password?: string;
  maxPages: number;
  sizeLimits: SizeLimits;
  only?: string[];
  /** what the worker sends back: the pack document (default), the document model as read (inspect), or
   * the HTML report of both (view) */
  want?: 'pack' | 'model' | 'view';
  /** PDF: parse on a thread of pdf.js's own (ReadOptions.pdfThread), when the worker has a core to spare */
  pdfThread?: boolean;
  /** which pages to read by OCR (default auto) */
  ocr?: OcrMode;
}

/** `view`'s result: the report page, made where the document was read. */
export interface ViewReport {
  html: string;
}

export interface JobInput {
  /** file path, or '-' for bytes read from stdin by the parent */
  path: string;
  /** name used in messages and source.file */
  display: string;
  /** stdin bytes, base64 (only when path is '-') */
  base64?: string;
}

export interface JobRequest {
  type: 'job';
  id: number;
  input: JobInput;
  opts: JobOptions;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'page'; id: number; done: number; total: number }
  /** a page is about to be read by OCR: the job's time limit grows by OCR_PAGE_ALLOWANCE_MS */
  | { type: 'ocr'; id: number; page: number }
  | { type: 'done'; id: number; doc: PackDocument | DocModel | ViewReport }
  | { type: 'failed'; id: number; reason: InputReason; message: string };
