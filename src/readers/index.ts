// Choose a reader from the bytes (never from the name alone) and produce the document model.
// The PDF reader is imported lazily so that text/HTML inputs and --help never load pdf.js.
import type { DocModel, SourceFormat } from '../model.js';
import { InputError } from '../errors.js';
import { prescanHtml } from './limits.js';
import { joinTablesAcrossPages } from '../tables/join.js';
import type { OcrHooks } from './ocr/options.js';
import { imageKind } from './ocr/kind.js';

export interface ReadOptions extends OcrHooks {
  password?: string;
  maxPages: number;
  /** called after each page is read (progress) */
  onPage?: (done: number, total: number) => void;
  /**
   * PDF: parse on a thread of pdf.js's own, which reads the next page while this one is laid out
   * (a core's worth more CPU for up to a quarter less time); default: on the calling thread.
   */
  pdfThread?: boolean;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxPages: 2000 };

/** Sniff the format from the first bytes: %PDF- (anywhere in the first 1 KiB), '<' markup, else text. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (imageKind(bytes)) return 'image';
  const trimmed = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|meta|div|table|p[\s>]|h[1-6]|!--)/.test(trimmed)) return 'html';
  return 'text';
}

export async function readDocument(bytes: Uint8Array, format: SourceFormat, opts: ReadOptions): Promise<DocModel> {
  if (bytes.length === 0) throw new InputError('empty', 'empty file (0 bytes)');
  switch (format) {
    case 'pdf': {
      const { readPdf } = await import('./pdf/index.js');
      return readPdf(bytes, opts);
    }
    case 'image': {
      const { readImage } = await import('./ocr/image.js');
      return readImage(bytes, imageKind(bytes) ?? 'png', opts);
    }
    case 'html': {
      const html = decodeText(bytes);
      prescanHtml(html);
      const { readHtml } = await import('./html.js');
      return withJoinedTables(readHtml(html, opts));
    }
    case 'text': {
      // text packs may embed HTML fragments (tables), which the text reader parses as HTML
      const text = decodeText(bytes);
      prescanHtml(text);
      const { readText } = await import('./text.js');
      return withJoinedTables(readText(text, opts));
    }
  }
}

/** Tables split by the exporter or by page breaks become one (the PDF reader does this itself). */
async function withJoinedTables(doc: DocModel | Promise<DocModel>): Promise<DocModel> {
  const model = await doc;
  joinTablesAcrossPages(model.pages);
  return model;
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
