// One document, start to finish: size check before reading, format sniffing (a file named .pdf must be
// a PDF), then the pipeline (or only the reader, for `inspect`). Runs inside a worker process; throws
// InputError for every input problem.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { extname } from 'node:path';
import type { DocModel, SourceFormat } from '../model.js';
import type { PackDocument } from '../records.js';
import { fileProblem, InputError } from '../errors.js';
import { extractBytes, extractWithModel } from '../extract.js';
import { renderReport } from '../view/html.js';
import { readDocument, sniffFormat } from '../readers/index.js';
import { checkSize } from '../readers/limits.js';
import type { JobInput, JobOptions, ViewReport } from './protocol.js';

/** How far into a file named .pdf the %PDF- header is looked for (pdf.js also skips leading junk). */
const PDF_HEADER_WINDOW = 64 * 1024;

export async function runJob(
  input: JobInput,
  opts: JobOptions,
  onPage?: (done: number, total: number) => void,
  onOcrPage?: (page: number) => void,
): Promise<PackDocument | DocModel | ViewReport> {
  const bytes = input.path === '-' ? Buffer.from(input.base64 ?? '', 'base64') : readLimited(input.path, opts);
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  const format = chooseFormat(bytes, input.path);
  checkSize(bytes.length, format, opts.sizeLimits);
  const maxUnpacked = opts.sizeLimits.docxUnpacked;
  const ocr = { ocr: opts.ocr, onOcrPage };
  if (opts.want === 'model') return readDocument(bytes, format, { password: opts.password, maxPages: opts.maxPages, onPage, pdfThread: opts.pdfThread, maxUnpacked, ...ocr });
  const extractOpts = {
    maxUnpacked,
    fileName: input.display,
    packId: opts.packId,
    password: opts.password,
    maxPages: opts.maxPages,
    only: opts.only,
    format,
    onPage,
    pdfThread: opts.pdfThread,
    ...ocr,
  };
  if (opts.want !== 'view') return extractBytes(bytes, extractOpts);
  const { pack, doc } = await extractWithModel(bytes, extractOpts);
  return { html: renderReport(pack, doc, bytes) };
}

/** Read a file, refusing before reading when it is bigger than any format's limit. */
function readLimited(path: string, opts: JobOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new InputError('unreadable', fileProblem(err));
  }
  try {
    const size = fstatSync(fd).size;
    const formats = ['pdf', 'docx', 'html', 'text'] as const;
    const largest = formats.reduce((a, f) => (opts.sizeLimits[f] > opts.sizeLimits[a] ? f : a));
    checkSize(size, largest, opts.sizeLimits);
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes decide the format (a file of a kind not read is refused, naming the kind); but a file named
 * .pdf that holds text or HTML is rejected, not guessed.
 */
export function chooseFormat(bytes: Uint8Array, path: string): SourceFormat {
  const sniffed = sniffFormat(bytes);
  if (extname(path).toLowerCase() !== '.pdf' || sniffed === 'pdf' || sniffed === 'docx' || sniffed === 'image') return sniffed;
  const window = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW));
  if (window.includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (sniffed === 'html') throw new InputError('not_pdf', 'not a PDF (looks like HTML)');
  throw new InputError('not_pdf', looksLikePlainText(window) ? 'not a PDF (looks like text)' : 'not a PDF (no %PDF- header)');
}

/** Printable text with none of the PDF keywords that damaged PDFs still show. */
function looksLikePlainText(bytes: Buffer): boolean {
  for (const b of bytes) if (b < 9 || (b > 13 && b < 32)) return false;
  return !/\b(obj|endobj|stream|xref|startxref|trailer)\b/.test(bytes.toString('latin1'));
}
