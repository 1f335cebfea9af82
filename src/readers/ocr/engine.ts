// The OCR engine of one document: a tesseract.js worker (WASM on a thread of its own), started the first
// time a page needs it and ended with the document. Its English model is read from the installed
// @tesseract.js-data/eng package (langPath is a directory, so tesseract.js reads the file instead of
// fetching it) and never cached to disk (cacheMethod 'none'): nothing goes over the network, ever.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';
import { toPgm, type Bitmap } from './bitmap.js';

/** One line as tesseract read it, in pixels of the bitmap. */
export interface OcrLine {
  words: OcrWord[];
  /** baseline: y at the line's left end and its slope */
  baseY: number;
  baseX: number;
  slope: number;
  /** ascender top to descender bottom (px) */
  rowHeight: number;
}

export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

/** The integer LSTM model: a third of the size of the full one, and as accurate on print. */
const MODEL_DIR = '4.0.0_best_int';

export function modelPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), MODEL_DIR);
}

export class OcrEngine {
  private worker: Promise<Worker> | undefined;

  /** The lines of a page image, in tesseract's reading order. */
  async read(bitmap: Bitmap): Promise<OcrLine[]> {
    const worker = await (this.worker ??= start());
    await worker.setParameters({
      user_defined_dpi: String(Math.round(bitmap.dpi)),
      // a line read with low confidence is not read again as white on black: that second pass costs as
      // much as the first on every poor line of a scan, and reversed text is rare in council papers
      tessedit_do_invert: '0',
    });
    const result = await worker.recognize(Buffer.from(toPgm(bitmap)), {}, { blocks: true, text: false });
    const lines: OcrLine[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const para of block.paragraphs) {
        for (const line of para.lines) {
          const words: OcrWord[] = [];
          for (const w of line.words) {
            const text = w.text.trim();
            if (text) words.push({ text, ...w.bbox, confidence: w.confidence });
          }
          if (words.length === 0) continue;
          const b = line.baseline;
          const run = b.x1 - b.x0;
          lines.push({
            words,
            baseX: b.x0,
            baseY: b.y0,
            slope: run > 0 ? (b.y1 - b.y0) / run : 0,
            rowHeight: line.rowAttributes.rowHeight,
          });
        }
      }
    }
    return lines;
  }

  /** End the worker thread (if one was started). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate();
  }
}

async function start(): Promise<Worker> {
  // loaded with the first page to read: documents that need no OCR never load it
  const { createWorker, OEM } = await import('tesseract.js');
  return createWorker('eng', OEM.LSTM_ONLY, {
    langPath: modelPath(),
    cacheMethod: 'none',
    gzip: true,
    // tesseract.js reports every worker error to the console unless given a handler; ours rejects
    errorHandler: () => undefined,
  });
}
