// OCR for the PDF reader: which pages to read by OCR (--ocr auto: no text, or a text layer that is not
// language; always: every page) and reading them, one engine for the whole document, started only when
// the first such page comes and ended with the document. Pages are drawn from a second opening of the
// document, on this thread and with its images decoded (the text reader skips images' pixels).
import type { RawPage, Warning } from '../../model.js';
import { openPdf } from '../pdf/open.js';
import type { PDFDocumentProxy } from '../pdf/pdfjs.js';
import { OcrEngine } from './engine.js';
import { ocrPage, ocrWarning } from './page.js';
import { renderPage } from './render.js';
import { judgeText } from './usable.js';
import type { OcrHooks } from './options.js';

export class PdfPageOcr {
  private readonly engine = new OcrEngine();
  private drawn: Promise<PDFDocumentProxy> | undefined;
  /** pages read by OCR */
  readonly pages: number[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly hooks: OcrHooks & { password?: string; maxPages: number },
  ) {}

  /** Should this page (its text layer as read) be read by OCR instead? */
  wanted(raw: RawPage): boolean {
    if (this.hooks.ocr === 'never') return false;
    if (this.hooks.ocr === 'always') return true;
    return !judgeText(raw.words.map((w) => w.text)).usable;
  }

  /**
   * The page as OCR reads it, with a warning giving its mean confidence; null for a blank page or when
   * the page could not be drawn (a warning says so, and the text layer is kept).
   */
  async read(n: number, warnings: Warning[]): Promise<RawPage | null> {
    this.hooks.onOcrPage?.(n);
    let page: Awaited<ReturnType<PDFDocumentProxy['getPage']>> | undefined;
    try {
      const { password, maxPages } = this.hooks;
      const doc = await (this.drawn ??= openPdf(this.bytes, { password, maxPages, withImages: true }));
      page = await doc.getPage(n);
      const read = await ocrPage(this.engine, await renderPage(page), n);
      if (!read) return null;
      this.pages.push(n);
      warnings.push(ocrWarning(read));
      return read.raw;
    } catch (err) {
      const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      warnings.push({ code: 'ocr_failed', message: `page ${n} could not be read by OCR: ${why}`, page: n });
      return null;
    } finally {
      page?.cleanup();
    }
  }

  async close(): Promise<void> {
    const drawn = this.drawn;
    this.drawn = undefined;
    await (await drawn?.catch(() => undefined))?.destroy();
    await this.engine.close();
  }
}
