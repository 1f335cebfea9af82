// The library API: what `import { extract, extractTables, check } from 'panelpack'` gives. A thin layer over
// the pipeline (extract.ts) that resolves the input (a path, bytes, or a string of known format).
import { readFileSync } from 'node:fs';
import type { SourceFormat } from './model.js';
import type { CheckRecord, PackDocument, TableRecord } from './records.js';
import { extractBytes, type ExtractOptions } from './extract.js';
import { fileProblem, InputError, UsageError } from './errors.js';
import { checkSize, DEFAULT_SIZE_LIMITS, type SizeLimits } from './readers/limits.js';
import { sniffFormat } from './readers/index.js';
import { chooseFormat } from './run/job.js';

/**
 * A file path, the bytes of a document, or (with `format`) the text of an HTML or text document. The
 * bytes decide the format; a kind of file that is not read (a zip, an image without OCR) is refused with
 * InputError `unsupported`.
 */
export type PackInput = string | Uint8Array;

export interface ApiOptions extends Omit<ExtractOptions, 'fileName'> {
  /** name recorded in `source.file` and used for the pack id (default: the path, or "input" for bytes) */
  fileName?: string;
  /** refuse documents larger than this per format (default 100 MB PDF/DOCX, 20 MB HTML/text) */
  sizeLimits?: Partial<SizeLimits>;
}

export interface TablesOptions extends ApiOptions {
  /** keep only tables on these pages: "3-5,9" or a list of page numbers */
  pages?: string | number[];
}

/** Extract every record of one pack: the contract's pack document. */
export async function extract(input: PackInput, opts: ApiOptions = {}): Promise<PackDocument> {
  const { bytes, fileName, format } = resolveInput(input, opts);
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  const limits = { ...DEFAULT_SIZE_LIMITS, ...opts.sizeLimits };
  checkSize(bytes.length, format, limits);
  return extractBytes(bytes, { ...opts, fileName, format, maxUnpacked: limits.docxUnpacked });
}

/** The tables of one pack, as in `panelpack tables --format json`. */
export async function extractTables(input: PackInput, opts: TablesOptions = {}): Promise<{ tables: TableRecord[] }> {
  const doc = await extract(input, { ...opts, only: ['tables'] });
  if (opts.pages === undefined) return { tables: doc.tables };
  return { tables: tablesOnPages(doc.tables, typeof opts.pages === 'string' ? parsePageList(opts.pages) : opts.pages) };
}

/** Arithmetic checks of every numeric table of one pack. */
export async function check(input: PackInput, opts: ApiOptions = {}): Promise<CheckRecord[]> {
  const doc = await extract(input, { ...opts, only: ['checks'] });
  return doc.checks;
}

/** Longest page range accepted ("1-999999999" would only fill memory). */
const MAX_PAGE_RANGE = 100_000;

/** "3-5,9" -> [3, 4, 5, 9]. */
export function parsePageList(spec: string): number[] {
  const pages: number[] = [];
  for (const part of spec.split(',').map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw new UsageError(`bad page list "${spec}": use e.g. 3-5,9`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) throw new UsageError(`bad page range "${part}"`);
    if (to - from > MAX_PAGE_RANGE) throw new UsageError(`page range "${part}" is longer than ${MAX_PAGE_RANGE} pages`);
    for (let p = from; p <= to; p++) pages.push(p);
  }
  return pages;
}

/** Tables printed on (or running across) any of the pages; tables of unknown page are left out. */
export function tablesOnPages(tables: TableRecord[], pages: number[]): TableRecord[] {
  const wanted = new Set(pages);
  return tables.filter((t) => {
    if (t.page_start === null) return false;
    for (let p = t.page_start; p <= (t.page_end ?? t.page_start); p++) if (wanted.has(p)) return true;
    return false;
  });
}

interface ResolvedInput {
  bytes: Uint8Array;
  fileName: string;
  format: SourceFormat;
}

/** Bytes and format of an input: a given format wins; a path is checked like a CLI input (.pdf must be a PDF). */
function resolveInput(input: PackInput, opts: ApiOptions): ResolvedInput {
  const fileName = opts.fileName ?? (typeof input === 'string' && !opts.format ? input : 'input');
  if (input instanceof Uint8Array) return { bytes: input, fileName, format: opts.format ?? sniffFormat(input) };
  if (typeof input !== 'string') throw new UsageError('input must be a path, a Buffer/Uint8Array, or a string with { format }');
  if (opts.format) return { bytes: textBytes(input, opts.format), fileName, format: opts.format };
  const bytes = readPath(input);
  return { bytes, fileName, format: chooseFormat(bytes, input) };
}

function textBytes(text: string, format: SourceFormat): Uint8Array {
  if (format === 'pdf' || format === 'docx') throw new UsageError(`${format.toUpperCase()} content must be given as bytes (Buffer/Uint8Array), not a string`);
  return new TextEncoder().encode(text);
}

function readPath(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new InputError('unreadable', fileProblem(err));
  }
}
