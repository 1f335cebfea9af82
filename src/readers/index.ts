// Choose a reader from the bytes (never from the name alone) and produce the document model.
// Readers are imported lazily so that text/HTML inputs and --help never load pdf.js or the DOCX reader.
import type { DocModel, SourceFormat } from '../model.js';
import { InputError } from '../errors.js';
import { DEFAULT_SIZE_LIMITS, prescanHtml } from './limits.js';
import { sniff } from './sniff.js';
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
  /** DOCX: what its XML parts may unpack to (bytes) */
  maxUnpacked?: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxPages: 2000 };

/**
 * The format to read, sniffed from the bytes (src/readers/sniff.ts); every other kind of file is refused
 * with InputError `unsupported`, naming what it is.
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const found = sniff(bytes);
  if (found.kind === 'document') return found.format;
  // images go to the OCR reader
  if (found.kind === 'image') return 'image';
  throw new InputError('unsupported', `unsupported format (${found.what})`);
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
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return withJoinedTables(readDocx(bytes, opts.maxUnpacked ?? DEFAULT_SIZE_LIMITS.docxUnpacked, opts));
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

/** UTF-8, or UTF-16 when a byte order mark says so (Word's "Unicode text"). */
export function decodeText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}
