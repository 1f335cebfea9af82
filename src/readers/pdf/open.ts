// Open a PDF with pdf.js (legacy build; its parsing runs on its own thread or on the calling one) and
// turn pdf.js failures into typed input errors. Scripting, eval, XFA and system fonts stay off: packs are
// untrusted input and we only need their text and vector graphics.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, useThisThread, VerbosityLevel } from './pdfjs.js';
import type { PDFDocumentProxy, PdfThread } from './pdfjs.js';
import { InputError } from '../../errors.js';

export interface OpenOptions {
  password?: string;
  maxPages: number;
  /** parse on this thread instead of the calling one */
  thread?: PdfThread;
  /** decode images (to draw pages for OCR); reading text never needs their pixels */
  withImages?: boolean;
}

/** Largest image (in pixels) pdf.js may decode; bigger ones are skipped, we never need their pixels. */
const MAX_IMAGE_PIXELS = 0;
/** ... except to draw a page for OCR: an A4 scan at 600 dpi has 35 million; a larger one is an image bomb. */
const MAX_OCR_IMAGE_PIXELS = 64_000_000;

/** Folders of pdf.js's bundled CMaps and standard font data (file paths with a trailing slash). */
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

export async function openPdf(bytes: Uint8Array, opts: OpenOptions): Promise<PDFDocumentProxy> {
  // pdf.js refuses Node Buffers and may take ownership of the array: give it its own plain copy.
  const data = new Uint8Array(bytes);
  if (!opts.thread) await useThisThread();
  const task = getDocument({
    data,
    password: opts.password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    maxImageSize: opts.withImages ? MAX_OCR_IMAGE_PIXELS : MAX_IMAGE_PIXELS,
    stopAtErrors: false,
    verbosity: VerbosityLevel.WARNINGS, // collected as document warnings (pdfjs.ts)
    ...assetDirs(),
    worker: opts.thread?.worker,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await (opts.thread ? opts.thread.guard(task.promise) : task.promise);
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw toInputError(err, opts.password);
  }
  if (doc.numPages === 0) {
    // a well-formed but empty page tree: nothing to read, and no damage to report as 'corrupt'
    await doc.destroy();
    throw new InputError('no_pages', 'no pages: the PDF holds no pages');
  }
  if (doc.numPages > opts.maxPages) {
    await doc.destroy();
    throw new InputError(
      'too_many_pages',
      `too many pages: ${doc.numPages.toLocaleString('en-GB')} pages, over the ${opts.maxPages.toLocaleString('en-GB')}-page limit`,
    );
  }
  return doc;
}

/** pdf.js error objects cross its worker boundary as plain exceptions: recognise them by name and code. */
export function toInputError(err: unknown, password?: string): InputError {
  if (err instanceof InputError) return err;
  const e = (err ?? {}) as { name?: string; message?: string; code?: number };
  const message = (e.message ?? String(err)).split('\n')[0];
  if (e.name === 'PasswordException') {
    // code 1 = a password is needed, 2 = the given one is wrong
    if (e.code === 2 || (password !== undefined && password !== '')) {
      return new InputError('bad_password', 'encrypted: wrong password');
    }
    return new InputError('encrypted', 'encrypted: a password is needed');
  }
  if (e.name === 'InvalidPDFException') return new InputError('corrupt', `corrupt: ${message}`);
  if (/maximum call stack/i.test(message)) return new InputError('too_complex', 'too complex: objects nested too deeply');
  // pdf.js re-throws a stack overflow in its parser as UnknownErrorException with the RangeError's text
  if (/call stack size/i.test(message)) return new InputError('too_complex', 'too complex: objects nested too deeply');
  if (err instanceof RangeError || /allocation|out of memory/i.test(message)) {
    return new InputError('out_of_memory', `too complex: ${message}`);
  }
  return new InputError('corrupt', `corrupt: ${message}`);
}
